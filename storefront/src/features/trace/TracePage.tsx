import { errorMessage } from '@bangfu/api-client';
import { Link, useParams } from 'react-router-dom';
import { Loading } from '../misc/Loading';
import { useTrace } from './api';
import { TraceDetails } from './TraceDetails';
import styles from './trace.module.css';

/** /t/:code — what anyone who scans a package's QR code sees. */
export function TracePage() {
  const { code } = useParams();
  const trace = useTrace(code);
  if (trace.isLoading) return <Loading text="正在查询追溯信息…" />;
  if (trace.isError) {
    const notFound = (trace.error as { status?: number }).status === 404;
    return (
      <section className={styles.notFound}>
        <h1>{notFound ? '未找到该追溯码' : '查询失败'}</h1>
        <p>{notFound ? `追溯码「${code}」不存在。请核对包装上的追溯码，或重新扫描二维码。` : errorMessage(trace.error)}</p>
        <Link to="/">返回首页</Link>
      </section>
    );
  }
  return <TraceDetails story={trace.data!} />;
}
