import { Form, Select, Switch } from 'antd';
import { DivisionSelect, HelperUnitSelect } from '../regions/selects';
import { CATEGORY_LABELS, CERTIFICATION_LABELS, options } from '../review/labels';

/** The parts of a RULE zone's rule; a product must match every part that is set. */
export function ZoneRuleFields() {
  return (
    <fieldset style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: '8px 16px', marginBottom: 16 }}>
      <legend style={{ width: 'auto', fontSize: 14, padding: '0 6px', margin: 0, border: 0 }}>选品规则（同时满足已设置的各项）</legend>
      <Form.Item name={['rule', 'countyCodes']} label="产地" tooltip="可选县，也可选市或省（含其下各县）">
        <DivisionSelect mode="multiple" allowClear placeholder="不限" />
      </Form.Item>
      <Form.Item name={['rule', 'helperUnitId']} label="帮扶方" tooltip="今日与该帮扶方结对的县的商品">
        <HelperUnitSelect allowClear placeholder="不限" />
      </Form.Item>
      <Form.Item name={['rule', 'certificationTypes']} label="认证类型">
        <Select mode="multiple" allowClear placeholder="不限" options={options(CERTIFICATION_LABELS)} />
      </Form.Item>
      <Form.Item name={['rule', 'categories']} label="类目">
        <Select mode="multiple" allowClear placeholder="不限" options={options(CATEGORY_LABELS)} />
      </Form.Item>
      <Form.Item name={['rule', 'keywords']} label="名称关键词" tooltip="商品名称包含任一关键词">
        <Select mode="tags" allowClear placeholder="输入后回车，如：芒果" tokenSeparators={[',', '，', ' ']} open={false} />
      </Form.Item>
      <Form.Item name={['rule', 'inSeason']} label="只含当季商品" valuePropName="checked">
        <Switch />
      </Form.Item>
    </fieldset>
  );
}
