import { Button, Result, Spin } from 'antd';
import { Link } from 'react-router-dom';

export function ForbiddenPage() {
  return (
    <Result status="403" title="403" subTitle="抱歉，您的账号无权访问此页面。"
      extra={<Link to="/"><Button type="primary">返回工作台</Button></Link>} />
  );
}

export function NotFoundPage() {
  return (
    <Result status="404" title="404" subTitle="您访问的页面不存在。"
      extra={<Link to="/"><Button type="primary">返回工作台</Button></Link>} />
  );
}

export function FullPageSpin() {
  return (
    <div style={{ minHeight: '60vh', display: 'grid', placeItems: 'center' }}>
      <Spin size="large" />
    </div>
  );
}
