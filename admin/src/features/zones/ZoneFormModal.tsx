import { errorMessage, fieldErrors } from '@bangfu/api-client';
import { App, Form, Input, InputNumber, Modal, Radio, Switch } from 'antd';
import { useEffect } from 'react';
import { applyFieldErrors } from '../misc/formErrors';
import { useCreateZone, useUpdateZone, type Zone, type ZoneRule } from './api';
import { ManualProductsField } from './ManualProductsField';
import { ZoneRuleFields } from './ZoneRuleFields';
import { cleanRule } from './zoneRule';

interface Values {
  slug: string;
  name: string;
  description: string;
  kind: Zone['kind'];
  rule?: ZoneRule;
  productIds?: string[];
  active: boolean;
  sortOrder: number;
}

/** Creates a zone, or edits one (its slug and kind are fixed once created). */
export function ZoneFormModal({ open, zone, onClose }: { open: boolean; zone: Zone | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const create = useCreateZone();
  const update = useUpdateZone();
  const { message } = App.useApp();
  const kind = Form.useWatch('kind', form);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (zone) form.setFieldsValue({ ...zone, rule: zone.rule ?? {}, productIds: zone.productIds });
  }, [open, zone, form]);

  const onOk = async () => {
    const v = await form.validateFields();
    const common = { name: v.name.trim(), description: (v.description ?? '').trim(), active: v.active, sortOrder: v.sortOrder };
    const content = v.kind === 'RULE' ? { rule: cleanRule(v.rule) } : { productIds: v.productIds ?? [] };
    const done = {
      onSuccess: () => {
        message.success(zone ? '专区已保存' : '专区已创建');
        onClose();
      },
      onError: (err: Error) => {
        message.error(errorMessage(err));
        applyFieldErrors(form, fieldErrors(err));
      },
    };
    if (zone) update.mutate({ id: zone.id, body: { ...common, ...content } }, done);
    else create.mutate({ ...common, ...content, slug: v.slug.trim(), kind: v.kind }, done);
  };

  return (
    <Modal title={zone ? `编辑专区「${zone.name}」` : '新建专区'} open={open} onOk={onOk} onCancel={onClose} okText="保存"
      confirmLoading={create.isPending || update.isPending} width={720} destroyOnHidden>
      <Form form={form} name="zone" layout="vertical" initialValues={{ kind: 'RULE', active: true, sortOrder: 100, description: '', rule: {} }}>
        <Form.Item name="name" label="专区名称" rules={[{ required: true, whitespace: true, message: '请输入专区名称' }, { min: 2, max: 60, message: '2–60 个字' }]}>
          <Input maxLength={60} placeholder="如：百色芒果季" />
        </Form.Item>
        <Form.Item name="slug" label="链接标识" tooltip="商城地址 /zones/标识，创建后不可修改"
          rules={[{ required: true, message: '请输入链接标识' }, { pattern: /^[a-z0-9][a-z0-9-]{1,58}$/, message: '小写字母、数字和连字符，2–59 位' }]}>
          <Input disabled={!!zone} placeholder="如：baise-mango" addonBefore="/zones/" />
        </Form.Item>
        <Form.Item name="description" label="简介" rules={[{ max: 300, message: '最多 300 字' }]}>
          <Input.TextArea rows={2} maxLength={300} showCount />
        </Form.Item>
        <Form.Item name="kind" label="选品方式">
          <Radio.Group disabled={!!zone} options={[{ value: 'RULE', label: '按规则自动选品' }, { value: 'MANUAL', label: '手动选品' }]} />
        </Form.Item>
        {kind === 'MANUAL' ? <ManualProductsField /> : <ZoneRuleFields />}
        <Form.Item label="展示" style={{ marginBottom: 0 }}>
          <Form.Item name="active" valuePropName="checked" style={{ display: 'inline-block', marginRight: 24 }}>
            <Switch checkedChildren="上线" unCheckedChildren="下线" />
          </Form.Item>
          <Form.Item name="sortOrder" label="排序（小的在前）" style={{ display: 'inline-flex' }}>
            <InputNumber min={0} max={10000} precision={0} />
          </Form.Item>
        </Form.Item>
      </Form>
    </Modal>
  );
}
