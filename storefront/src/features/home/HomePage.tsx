import styles from './home.module.css';

const PILLARS = [
  { title: '产地直供', text: '商品来自广西、云南、贵州等结对帮扶县的合作社、企业与生产基地。' },
  { title: '认定可溯', text: '展示消费帮扶产品认定、圳品与供深基地信息，一品一码可追溯。' },
  { title: '联农带农', text: '每一笔购买都计入帮扶成效，带动当地农户稳定增收。' },
];

export function HomePage() {
  return (
    <>
      <section className={styles.hero}>
        <p className={styles.eyebrow}>东西部协作 · 消费帮扶</p>
        <h1>买西部好物，助乡村振兴</h1>
        <p>帮扶集市连接东部城市与结对帮扶县：市民选购当季农产品，预算单位食堂按份额采购，让产地好物走上城市餐桌。</p>
      </section>

      <section className={styles.section} aria-labelledby="pillars-title">
        <h2 id="pillars-title">为什么在这里买</h2>
        <ul className={styles.pillars}>
          {PILLARS.map((p) => (
            <li key={p.title} className={styles.pillar}>
              <strong>{p.title}</strong>
              <span>{p.text}</span>
            </li>
          ))}
        </ul>
      </section>

      <section className={styles.section} aria-labelledby="seasonal-title">
        <h2 id="seasonal-title">当季好物</h2>
        <div className={styles.empty}>
          <strong>商品即将上架</strong>
          百色芒果、沙糖桔、都匀毛尖等产地好物正在审核入驻，敬请期待。
        </div>
      </section>

      <section className={styles.section} aria-labelledby="zones-title">
        <h2 id="zones-title">帮扶专区</h2>
        <div className={styles.empty}>
          <strong>专区即将开放</strong>
          按结对县与认定类别浏览商品的专区正在筹备中。
        </div>
      </section>
    </>
  );
}
