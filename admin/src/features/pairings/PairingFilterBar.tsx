import { Button, DatePicker, Form, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { CountySelect, HelperUnitSelect } from '../regions/selects';
import type { PairingFilters } from './api';

interface Values {
  countyCode?: string;
  helperUnitId?: string;
  date?: Dayjs | null;
}

export function PairingFilterBar({ onChange }: { onChange: (f: PairingFilters) => void }) {
  const [form] = Form.useForm<Values>();
  const apply = (v: Values) =>
    onChange({
      countyCode: v.countyCode || undefined,
      helperUnitId: v.helperUnitId || undefined,
      date: v.date ? v.date.format('YYYY-MM-DD') : undefined,
    });
  return (
    <Form form={form} name="pairingFilter" layout="inline" onFinish={apply} style={{ rowGap: 12, marginBottom: 16 }}>
      <Form.Item name="countyCode" label="受帮扶县">
        <CountySelect allowClear placeholder="全部" style={{ width: 260 }} />
      </Form.Item>
      <Form.Item name="helperUnitId" label="帮扶方">
        <HelperUnitSelect allowClear placeholder="全部" style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="date" label="有效日期" tooltip="只看这一天有效的结对关系">
        <DatePicker />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit">查询</Button>
        <Button onClick={() => { form.resetFields(); apply({}); }}>重置</Button>
      </Space>
    </Form>
  );
}
