import { Table, type TableColumnsType } from 'antd';
import type { SalesMeasures } from './api';
import { int, yuan } from './format';

/** The three measure columns every sales table ends with. */
export function measureColumns<T extends SalesMeasures>(): TableColumnsType<T> {
  return [
    { title: '销售额', dataIndex: 'salesFen', align: 'right', render: (v: number) => yuan(v), sorter: (a, b) => a.salesFen - b.salesFen },
    { title: '销量（件）', dataIndex: 'quantity', align: 'right', render: (v: number) => int(v), sorter: (a, b) => a.quantity - b.quantity },
    { title: '订单数', dataIndex: 'orderCount', align: 'right', render: (v: number) => int(v), sorter: (a, b) => a.orderCount - b.orderCount },
  ];
}

interface Props<T extends SalesMeasures> {
  caption: string;
  rowKey: string | ((row: T) => string);
  columns: TableColumnsType<T>;
  rows: T[];
  /** Totals row: shown when given; `labelSpan` leading columns hold 「合计」. */
  total?: SalesMeasures;
  labelSpan?: number;
  pageSize?: number;
}

/** A report table under a chart: the chart's figures in text, with a 合计 row. */
export function SalesTable<T extends SalesMeasures>({ caption, rowKey, columns, rows, total, labelSpan = 1, pageSize = 10 }: Props<T>) {
  return (
    <Table<T>
      aria-label={caption}
      size="small"
      rowKey={rowKey}
      columns={[...columns, ...measureColumns<T>()]}
      dataSource={rows}
      pagination={rows.length > pageSize ? { pageSize, showSizeChanger: false, showTotal: (n) => `共 ${n} 行` } : false}
      scroll={{ x: 'max-content' }}
      summary={
        total
          ? () => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={labelSpan}><strong>合计</strong></Table.Summary.Cell>
                <Table.Summary.Cell index={labelSpan} align="right"><strong>{yuan(total.salesFen)}</strong></Table.Summary.Cell>
                <Table.Summary.Cell index={labelSpan + 1} align="right">{int(total.quantity)}</Table.Summary.Cell>
                <Table.Summary.Cell index={labelSpan + 2} align="right">{int(total.orderCount)}</Table.Summary.Cell>
              </Table.Summary.Row>
            )
          : undefined
      }
    />
  );
}
