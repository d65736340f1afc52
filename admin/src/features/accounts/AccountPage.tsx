import { errorMessage } from '@bangfu/api-client';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card } from 'antd';
import type { ReactNode } from 'react';

/** Frame shared by the account pages: a titled card with a 新建 button, an error line and a table. */
export function AccountPage(props: { title: string; createLabel: string; onCreate: () => void; error: unknown; children: ReactNode }) {
  return (
    <Card title={props.title}
      extra={<Button type="primary" icon={<PlusOutlined />} onClick={props.onCreate}>{props.createLabel}</Button>}>
      {props.error != null && <Alert type="error" showIcon title={errorMessage(props.error)} style={{ marginBottom: 16 }} />}
      {props.children}
    </Card>
  );
}
