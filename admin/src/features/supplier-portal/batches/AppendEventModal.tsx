import { errorMessage, fieldErrors } from '@bangfu/api-client';
import { Alert, App, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { CountySelect } from '../../regions/selects';
import { applyNestedFieldErrors } from '../shared/formErrors';
import { toOptions } from '../shared/labels';
import { useAppendEvent, type AppendEventBody, type BatchDetail, type TraceEvent } from './api';
import { ACTION, BIZ_STEP, DEFAULT_DISPOSITION, DISPOSITION, EVENT_TYPE } from './cbv';

type Values = Omit<AppendEventBody, 'eventTime'> & { eventTime: Dayjs };

/** Appends an event; a correction names the event it corrects and must say why in the note. */
export function AppendEventModal(props: { batch: BatchDetail; corrects?: TraceEvent; open: boolean; onClose: () => void }) {
  const { batch, corrects, open, onClose } = props;
  const [form] = Form.useForm<Values>();
  const append = useAppendEvent(batch.id);
  const { message } = App.useApp();

  const onOk = async () => {
    const v = await form.validateFields();
    const body: AppendEventBody = {
      eventType: v.eventType,
      action: v.action,
      bizStep: v.bizStep,
      disposition: v.disposition,
      eventTime: v.eventTime.format('YYYY-MM-DDTHH:mm:ssZ'),
    };
    for (const f of ['readPoint', 'bizLocation', 'note'] as const) if (v[f]?.trim()) body[f] = v[f]!.trim();
    if (v.bizLocationDivisionCode) body.bizLocationDivisionCode = v.bizLocationDivisionCode;
    if (v.quantity) body.quantity = v.quantity;
    if (corrects) body.correctsEventId = corrects.id;
    append.mutate(body, {
      onSuccess: () => {
        message.success(corrects ? '更正事件已追加' : '事件已追加');
        onClose();
      },
      onError: (err) => {
        message.error(errorMessage(err));
        applyNestedFieldErrors(form, fieldErrors(err));
      },
    });
  };

  const initial: Partial<Values> = corrects
    ? {
        eventType: corrects.eventType, action: corrects.action, bizStep: corrects.bizStep, disposition: corrects.disposition,
        eventTime: dayjs(corrects.eventTime), readPoint: corrects.readPoint ?? undefined, bizLocation: corrects.bizLocation ?? undefined,
        bizLocationDivisionCode: corrects.bizLocationDivisionCode ?? undefined, quantity: corrects.quantity ?? undefined,
      }
    : { eventType: 'OBJECT', action: 'OBSERVE', bizStep: 'shipping', disposition: 'in_transit', eventTime: dayjs() };

  return (
    <Modal title={corrects ? `更正事件：${corrects.bizStepLabel}` : '追加追溯事件'} open={open} onOk={onOk} onCancel={onClose}
      okText="追加" confirmLoading={append.isPending} destroyOnHidden width={680}>
      <Alert type="info" showIcon style={{ marginBottom: 16 }}
        title={corrects ? '原事件会保留并标记为已更正；请在备注中说明更正原因' : '追溯事件只能追加、不能修改；记错时请对原事件追加更正'} />
      <Form form={form} name="traceEvent" layout="vertical" initialValues={initial} preserve={false}
        onValuesChange={(changed: Partial<Values>) => changed.bizStep && form.setFieldValue('disposition', DEFAULT_DISPOSITION[changed.bizStep])}>
        <Row gutter={12}>
          <Col xs={12} md={6}>
            <Form.Item name="bizStep" label="业务步骤" rules={[{ required: true }]}><Select options={toOptions(BIZ_STEP)} /></Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="disposition" label="状态" rules={[{ required: true }]}><Select options={toOptions(DISPOSITION)} /></Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="eventType" label="事件类型" rules={[{ required: true }]}><Select options={toOptions(EVENT_TYPE)} /></Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="action" label="动作" rules={[{ required: true }]}><Select options={toOptions(ACTION)} /></Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="eventTime" label="发生时间" rules={[{ required: true, message: '请选择发生时间' }]}
              extra={`不早于采收日 ${batch.harvestDate}，不晚于现在`}>
              <DatePicker showTime style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day') || d.isBefore(dayjs(batch.harvestDate), 'day')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="quantity" label={`数量（${batch.unit}）`} extra={`不超过批次数量 ${batch.quantity}`}>
              <InputNumber min={1} max={batch.quantity} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="readPoint" label="记录地点"><Input maxLength={200} placeholder="如：祥周镇芒果基地 分拣棚" /></Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="bizLocation" label="业务地点"><Input maxLength={200} placeholder="如：田东县祥周镇芒果基地" /></Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="bizLocationDivisionCode" label="业务地点所在区县"><CountySelect allowClear /></Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="note" label="备注" rules={corrects ? [{ required: true, whitespace: true, message: '请说明更正原因' }] : []}>
              <Input.TextArea rows={2} maxLength={500} showCount placeholder={corrects ? '更正原因，如：发货时间记错' : '如：冷链车 桂L·12345 发往深圳'} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
