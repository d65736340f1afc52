import { useState } from 'react';
import { CATEGORY_LABELS } from '../catalog/labels';
import styles from './detail.module.css';

/** Sized so the page doesn't jump while images load (the box is 4:3; covers are cropped to fit). */
const MAIN = { width: 800, height: 600 };

/** The product's images: one large, thumbnails to switch; only the first loads eagerly. */
export function Gallery({ name, category, urls }: { name: string; category: string; urls: string[] }) {
  const [index, setIndex] = useState(0);
  const current = urls[index] ?? urls[0];
  return (
    <div>
      <div className={`${styles.gallery} ${styles.galleryMain}`}>
        {current ? (
          <img src={current} alt={urls.length > 1 ? `${name}（第 ${index + 1} 张，共 ${urls.length} 张）` : name}
            width={MAIN.width} height={MAIN.height} decoding="async" {...(index === 0 ? { fetchPriority: 'high' as const } : { loading: 'lazy' as const })} />
        ) : (
          <span>{CATEGORY_LABELS[category] ?? '好物'}</span>
        )}
        {urls.length > 1 && <span className={styles.galleryCount} aria-hidden="true">{index + 1}/{urls.length}</span>}
      </div>
      {urls.length > 1 && (
        <ul className={styles.thumbs} aria-label="商品图片">
          {urls.map((u, i) => (
            <li key={u}>
              <button type="button" aria-label={`查看第 ${i + 1} 张图片`} aria-current={i === index} onClick={() => setIndex(i)}>
                <img src={u} alt="" width={56} height={56} loading="lazy" decoding="async" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
