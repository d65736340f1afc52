import styles from './misc.module.css';

export function Loading({ text = '加载中…' }: { text?: string }) {
  return <div className={styles.loading} role="status">{text}</div>;
}
