import { CertificationType } from '../catalog/certification.entity';
import { ProductCategory, StorageCondition } from '../catalog/product.entity';
import { BaseCertificationType, SupplyBaseType } from '../suppliers/supply-base.entity';

/**
 * Demo co-ops of Baise, Hechi, Zhaotong and Qiannan with real-looking bases, certified products and
 * SKUs. Names, places and seasons follow the real products; certificate numbers are invented.
 * `staff` names the demo account that works for the co-op (the first two are the contract's).
 */
export interface DemoCoop {
  key: string;
  name: string;
  first17: string;
  countyCode: string;
  staff: { phone: string; name: string };
  address: string;
  /** 带贫: registered low-income households linked to the co-op, and how they benefit. */
  linkage: { households: number; description: string };
  /** Extra licences besides the business licence (营业执照), e.g. 食品生产许可证 SC… */
  licences: { type: string; number: string }[];
  base: {
    name: string;
    township: string;
    latitude: number;
    longitude: number;
    areaMu: number;
    baseType: SupplyBaseType;
    products: string[];
    certifications: { type: BaseCertificationType; number: string }[];
  };
  products: DemoProduct[];
}

export interface DemoProduct {
  name: string;
  category: ProductCategory;
  description: string;
  colours: [[number, number, number], [number, number, number]];
  storage: StorageCondition;
  coldChain: boolean;
  saleMonths: number[];
  linkedHouseholds: number;
  extraCerts: { type: CertificationType; number: string; issuer: string }[];
  skus: { spec: string; unit: string; netWeightGrams: number; priceFen: number; stock: number; agencyMinQty: number }[];
}

const ALL_YEAR = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const MANGO: DemoProduct['colours'] = [[250, 190, 40], [235, 110, 20]];

export const DEMO_COOPS: DemoCoop[] = [
  {
    key: 'mango',
    name: '田东县祥周镇芒果种植专业合作社',
    first17: '93451022MA5N2XK41',
    countyCode: '451022',
    staff: { phone: '13800000002', name: '黄春燕' },
    address: '百色市田东县祥周镇联福村',
    linkage: { households: 318, description: '统一收购社员芒果并保底价收购，按交易量二次返利；脱贫户以土地入股分红。' },
    licences: [],
    base: {
      name: '祥周镇芒果供深基地',
      township: '祥周镇',
      latitude: 23.597389,
      longitude: 107.089211,
      areaMu: 1250.5,
      baseType: SupplyBaseType.PLANTING,
      products: ['台农一号芒果', '桂七芒果', '金煌芒果'],
      certifications: [{ type: BaseCertificationType.GONGSHEN, number: 'GSJD-2024-0451' }],
    },
    products: [
      {
        name: '百色芒果 台农一号',
        category: ProductCategory.FRUIT,
        description: '右江河谷光热充足，台农一号果肉细嫩、香甜多汁。产地直采，坏果包赔。',
        colours: MANGO,
        storage: StorageCondition.ROOM,
        coldChain: false,
        saleMonths: [6, 7, 8, 9],
        linkedHouseholds: 126,
        extraCerts: [
          { type: CertificationType.GI, number: 'AGI00059', issuer: '农业农村部' },
          { type: CertificationType.ZHENPIN, number: 'SZ-ZP-2025-0318', issuer: '深圳市标准技术研究院' },
        ],
        skus: [
          { spec: '5斤装 中果', unit: '箱', netWeightGrams: 2500, priceFen: 5990, stock: 300, agencyMinQty: 10 },
          { spec: '10斤装 大果', unit: '箱', netWeightGrams: 5000, priceFen: 10990, stock: 150, agencyMinQty: 5 },
          { spec: '20斤装 食堂采购', unit: '箱', netWeightGrams: 10000, priceFen: 18900, stock: 80, agencyMinQty: 5 },
        ],
      },
      {
        name: '百色芒果 桂七香芒',
        category: ProductCategory.FRUIT,
        description: '桂七芒果又称桂热芒82号，核小肉厚，带有独特的桂花香气。',
        colours: [[200, 210, 60], [240, 160, 30]],
        storage: StorageCondition.ROOM,
        coldChain: false,
        saleMonths: [7, 8, 9],
        linkedHouseholds: 88,
        extraCerts: [{ type: CertificationType.GI, number: 'AGI00059', issuer: '农业农村部' }],
        skus: [{ spec: '5斤装 精选果', unit: '箱', netWeightGrams: 2500, priceFen: 6990, stock: 200, agencyMinQty: 10 }],
      },
      {
        name: '田东芒果干',
        category: ProductCategory.PROCESSED,
        description: '当季鲜芒低温烘制，不添加色素，酸甜有嚼劲。',
        colours: [[245, 170, 60], [190, 90, 20]],
        storage: StorageCondition.ROOM,
        coldChain: false,
        saleMonths: ALL_YEAR,
        linkedHouseholds: 40,
        extraCerts: [],
        skus: [
          { spec: '200克 袋装', unit: '袋', netWeightGrams: 200, priceFen: 1990, stock: 1000, agencyMinQty: 50 },
          { spec: '200克×6袋 礼盒', unit: '盒', netWeightGrams: 1200, priceFen: 9900, stock: 200, agencyMinQty: 10 },
        ],
      },
    ],
  },
  {
    key: 'orange',
    name: '百色市田阳区百育镇沙糖桔专业合作社',
    first17: '93451003MA5L8RT27',
    countyCode: '451003',
    staff: { phone: '13800000008', name: '农秀梅' },
    address: '百色市田阳区百育镇四那村',
    linkage: { households: 213, description: '合作社统一种植技术与品牌销售，吸纳脱贫户务工，销售利润按股分红。' },
    licences: [],
    base: {
      name: '百育镇沙糖桔种植基地',
      township: '百育镇',
      latitude: 23.735102,
      longitude: 106.915603,
      areaMu: 860,
      baseType: SupplyBaseType.PLANTING,
      products: ['沙糖桔'],
      certifications: [{ type: BaseCertificationType.GREEN, number: 'LB-15-2405145231A' }],
    },
    products: [
      {
        name: '田阳沙糖桔',
        category: ProductCategory.FRUIT,
        description: '皮薄易剥、化渣无核，冬季当季采摘发货。',
        colours: [[255, 160, 30], [230, 90, 10]],
        storage: StorageCondition.ROOM,
        coldChain: false,
        saleMonths: [11, 12, 1, 2],
        linkedHouseholds: 213,
        extraCerts: [{ type: CertificationType.GREEN, number: 'LB-15-2405145231A', issuer: '中国绿色食品发展中心' }],
        skus: [
          { spec: '5斤装 中果', unit: '箱', netWeightGrams: 2500, priceFen: 3990, stock: 500, agencyMinQty: 10 },
          { spec: '10斤装 大果', unit: '箱', netWeightGrams: 5000, priceFen: 6990, stock: 300, agencyMinQty: 5 },
        ],
      },
    ],
  },
  {
    key: 'bama',
    name: '巴马瑶族自治县长寿源农业专业合作社',
    first17: '93451227MA5P7LQ23',
    countyCode: '451227',
    staff: { phone: '13800000006', name: '韦德明' },
    address: '河池市巴马瑶族自治县甲篆镇坡月村',
    linkage: { households: 152, description: '订单收购农户火麻与香猪，托养分红，带动脱贫户就近务工。' },
    licences: [{ type: '食品生产许可证', number: 'SC10245122700315' }],
    base: {
      name: '甲篆镇火麻与香猪生态基地',
      township: '甲篆镇',
      latitude: 24.118712,
      longitude: 107.252318,
      areaMu: 640,
      baseType: SupplyBaseType.INTEGRATED,
      products: ['火麻', '巴马香猪'],
      certifications: [{ type: BaseCertificationType.GONGSHEN, number: 'GSJD-2023-1227' }],
    },
    products: [
      {
        name: '巴马火麻油',
        category: ProductCategory.GRAIN_OIL,
        description: '巴马火麻仁低温压榨，口感清润，适合凉拌与煲汤。',
        colours: [[230, 210, 120], [120, 140, 40]],
        storage: StorageCondition.ROOM,
        coldChain: false,
        saleMonths: ALL_YEAR,
        linkedHouseholds: 152,
        extraCerts: [{ type: CertificationType.ZHENPIN, number: 'SZ-ZP-2024-1102', issuer: '深圳市标准技术研究院' }],
        skus: [
          { spec: '500毫升 瓶装', unit: '瓶', netWeightGrams: 460, priceFen: 12800, stock: 400, agencyMinQty: 12 },
          { spec: '5升 食堂桶装', unit: '桶', netWeightGrams: 4600, priceFen: 89800, stock: 60, agencyMinQty: 2 },
        ],
      },
      {
        name: '巴马香猪腊肉',
        category: ProductCategory.MEAT_EGG,
        description: '巴马香猪五花肉，柴火慢熏四十天，肥而不腻。',
        colours: [[170, 60, 40], [90, 30, 20]],
        storage: StorageCondition.CHILLED,
        coldChain: true,
        saleMonths: [10, 11, 12, 1, 2, 3],
        linkedHouseholds: 67,
        extraCerts: [{ type: CertificationType.GI, number: 'AGI00781', issuer: '农业农村部' }],
        skus: [{ spec: '500克 真空装', unit: '袋', netWeightGrams: 500, priceFen: 8800, stock: 250, agencyMinQty: 20 }],
      },
    ],
  },
  {
    key: 'apple',
    name: '昭通市昭阳区洒渔苹果产业专业合作社',
    first17: '93530602MA6N3KD85',
    countyCode: '530602',
    staff: { phone: '13800000009', name: '陈国富' },
    address: '昭通市昭阳区洒渔镇洒渔社区',
    linkage: { households: 305, description: '"合作社+基地+农户"模式，统一农资与分级销售，脱贫户优先务工并按交售量返利。' },
    licences: [],
    base: {
      name: '洒渔镇高原苹果基地',
      township: '洒渔镇',
      latitude: 27.43158,
      longitude: 103.579317,
      areaMu: 2100,
      baseType: SupplyBaseType.PLANTING,
      products: ['昭通苹果（红富士）'],
      certifications: [{ type: BaseCertificationType.GONGYUE, number: 'GYJD-2024-0602' }],
    },
    products: [
      {
        name: '昭通苹果 高原红富士',
        category: ProductCategory.FRUIT,
        description: '海拔两千米的高原苹果，昼夜温差大，脆甜多汁、果面带糖心。',
        colours: [[220, 40, 50], [150, 20, 30]],
        storage: StorageCondition.CHILLED,
        coldChain: false,
        saleMonths: [9, 10, 11, 12, 1],
        linkedHouseholds: 305,
        extraCerts: [{ type: CertificationType.GI, number: 'AGI01846', issuer: '农业农村部' }],
        skus: [
          { spec: '10斤装 80mm以上', unit: '箱', netWeightGrams: 5000, priceFen: 7990, stock: 400, agencyMinQty: 10 },
          { spec: '20斤装 食堂采购', unit: '箱', netWeightGrams: 10000, priceFen: 13800, stock: 120, agencyMinQty: 5 },
        ],
      },
    ],
  },
  {
    key: 'tea',
    name: '都匀市毛尖镇茶叶专业合作社',
    first17: '93522701MA6H2TC49',
    countyCode: '522701',
    staff: { phone: '13800000010', name: '罗世兰' },
    address: '黔南州都匀市毛尖镇坪阳村',
    linkage: { households: 94, description: '鲜叶保底收购，茶园托管与务工带动，年终按茶青交售量二次分红。' },
    licences: [{ type: '食品生产许可证', number: 'SC11452270100128' }],
    base: {
      name: '毛尖镇团山生态茶园',
      township: '毛尖镇',
      latitude: 26.178905,
      longitude: 107.433201,
      areaMu: 520,
      baseType: SupplyBaseType.PLANTING,
      products: ['都匀毛尖'],
      certifications: [{ type: BaseCertificationType.ORGANIC, number: '126OP2400381' }],
    },
    products: [
      {
        name: '都匀毛尖 明前特级',
        category: ProductCategory.TEA,
        description: '清明前单芽采摘，外形卷曲似螺、白毫显露，汤色嫩绿明亮。',
        colours: [[120, 180, 80], [40, 110, 50]],
        storage: StorageCondition.ROOM,
        coldChain: false,
        saleMonths: ALL_YEAR,
        linkedHouseholds: 94,
        extraCerts: [
          { type: CertificationType.GI, number: 'AGI00012', issuer: '农业农村部' },
          { type: CertificationType.ORGANIC, number: '126OP2400381', issuer: '中绿华夏有机产品认证中心' },
        ],
        skus: [
          { spec: '125克 罐装', unit: '罐', netWeightGrams: 125, priceFen: 26800, stock: 150, agencyMinQty: 10 },
          { spec: '250克 礼盒', unit: '盒', netWeightGrams: 250, priceFen: 49800, stock: 80, agencyMinQty: 5 },
        ],
      },
    ],
  },
];

/**
 * The seeds end the Guangzhou–Qiannan and Dongguan–Zhaotong pairings in 2020; public reports say
 * both went on from 2021. The demo records that continuation as an operator would (with its source
 * named), so the demo's Qiannan and Zhaotong co-ops sell in an assisted county today.
 */
export const DEMO_CONTINUED_PAIRINGS = [
  { helper: '广州市', countyCode: '522700' },
  { helper: '东莞市石碣镇', countyCode: '530602' },
];
export const DEMO_PAIRING_SOURCE = { title: '东西部协作结对关系 2021 年起延续（据公开报道录入，演示数据）' };
