import { errorMessage, fieldErrors, type CreatePairingBody } from '@bangfu/api-client';
import { App, DatePicker, Form, Input, Modal, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { CountySelect, HelperUnitSelect } from '../regions/selects';
import { useCreatePairing } from './api';
import { applyFieldErrors } from '../misc/formErrors';

interface Values {
  helperUnitId: string;
  countyCode: string;
  role: 'LEAD' | 'ASSIST';
  validFrom: Dayjs;
  validTo?: Dayjs | null;
  title: string;
  docNo?: string;
  note?: string;
}

export function CreatePairingModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const create = useCreatePairing();
  const { message } = App.useApp();

  const onOk = async () => {
    const v = await form.validateFields();
    const body: CreatePairingBody = {
      helperUnitId: v.helperUnitId,
      countyCode: v.countyCode,
      role: v.role,
      validFrom: v.validFrom.format('YYYY-MM-DD'),
      ...(v.validTo ? { validTo: v.validTo.format('YYYY-MM-DD') } : {}),
      sourceDoc: { title: v.title.trim(), ...(v.docNo?.trim() ? { docNo: v.docNo.trim() } : {}) },
      ...(v.note?.trim() ? { note: v.note.trim() } : {}),
    };
    create.mutate(body, {
      onSuccess: () => {
        message.success('结对关系已添加');
        form.resetFields();
        onClose();
      },
      onError: (err) => {
        message.error(errorMessage(err));
        applyFieldErrors(form, fieldErrors(err), { 'sourceDoc.title': 'title', 'sourceDoc.docNo': 'docNo' });
      },
    });
  };

  return (
    <Modal title="新增结对关系" open={open} onOk={onOk} onCancel={onClose} okText="保存"
      confirmLoading={create.isPending} destroyOnHidden>
      <Form form={form} name="createPairing" layout="vertical" initialValues={{ role: 'LEAD' }}>
        <Form.Item name="helperUnitId" label="帮扶方" rules={[{ required: true, message: '请选择帮扶方' }]}>
          <HelperUnitSelect />
        </Form.Item>
        <Form.Item name="countyCode" label="受帮扶县" rules={[{ required: true, message: '请选择受帮扶县' }]}>
          <CountySelect placeholder="选择受帮扶县" />
        </Form.Item>
        <Form.Item name="role" label="结对类型" rules={[{ required: true }]}>
          <Radio.Group options={[{ value: 'LEAD', label: '结对（牵头）' }, { value: 'ASSIST', label: '协助' }]} />
        </Form.Item>
        <Form.Item name="validFrom" label="生效日期" rules={[{ required: true, message: '请选择生效日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="validTo" label="截止日期" extra="不填表示长期有效">
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="title" label="依据文件" rules={[{ required: true, whitespace: true, message: '请填写依据文件名称' }]}>
          <Input placeholder="如：深圳市东西部协作结对帮扶工作方案" maxLength={200} />
        </Form.Item>
        <Form.Item name="docNo" label="文号">
          <Input placeholder="如：深府办〔2021〕X号" maxLength={100} />
        </Form.Item>
        <Form.Item name="note" label="备注">
          <Input.TextArea rows={2} maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
