import { Link } from 'react-router-dom';
import styles from './misc.module.css';

/** A page whose content arrives in a later release; says so plainly instead of showing fake data. */
export function PlaceholderPage({ title, text }: { title: string; text: string }) {
  return (
    <section className={styles.placeholder}>
      <h1>{title}</h1>
      <p>{text}</p>
      <Link to="/">返回首页</Link>
    </section>
  );
}

export function NotFoundPage() {
  return <PlaceholderPage title="页面不存在" text="您访问的页面不存在或已下线。" />;
}
