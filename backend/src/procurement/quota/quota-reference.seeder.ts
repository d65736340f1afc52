import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { SYSTEM_ACTOR } from '../../audit/audit-log.service';
import { AppError } from '../../common/app-error';
import { PolicyFields, QuotaPoliciesService } from './quota-policies.service';
import { QuotaPolicy } from './quota-policy.entity';

const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

const NATIONAL_BASIS = '财库〔2021〕19号《关于深入开展政府采购脱贫地区农副产品工作推进乡村产业振兴的实施意见》：各级预算单位按不低于10%的比例预留年度食堂食材采购份额';
const GUANGDONG_BASIS =
  '《深圳市2021年东西部协作工作计划（征求意见稿）》第17条（落实广东省《关于新阶段加强东西部协作工作的实施方案》及国家和省市有关政策）：各级预算单位消费帮扶产品采购份额要高于年度农副产品采购总额的30%';
const SHENZHEN_2023_BASIS = '深圳市2023年预算单位消费帮扶采购预留份额按20%执行（公开报道，非种子文件）';

/**
 * The reference policies every installation starts with (production too), each with a stable key:
 * - national 10% for 2021–2026: 财库〔2021〕19号 covers the five-year transition period 2021–2025;
 *   2026 is carried on until a successor document is entered (the built-in floor is also 10%);
 * - Guangdong (440000) 30% for 2021–2026, union welfare purchases counted — the figure of seed 003
 *   item 17, which applies the provincial plan of the new phase of east–west cooperation (2021–);
 * - Shenzhen (440300) 20% for 2023 only (public reports): other years fall back to Guangdong's 30%.
 * Operators change them through new versions; a reference row already loaded (or superseded, or a
 * policy an operator entered first for that scope and year) is never touched again.
 */
export const REFERENCE_POLICIES: (PolicyFields & { key: string })[] = [
  ...years(2021, 2026).map((year) => ({
    key: `CN-${year}`,
    scopeCode: '000000',
    year,
    ratioBp: 1000,
    countsUnionWelfare: false,
    countsStaffPurchases: false,
    pairedCountiesOnly: false,
    basis: NATIONAL_BASIS,
    effective: true,
  })),
  ...years(2021, 2026).map((year) => ({
    key: `GD-${year}`,
    scopeCode: '440000',
    year,
    ratioBp: 3000,
    countsUnionWelfare: true,
    countsStaffPurchases: false,
    pairedCountiesOnly: false,
    basis: GUANGDONG_BASIS,
    effective: true,
  })),
  {
    key: 'SZ-2023',
    scopeCode: '440300',
    year: 2023,
    ratioBp: 2000,
    countsUnionWelfare: true,
    countsStaffPurchases: false,
    pairedCountiesOnly: false,
    basis: SHENZHEN_2023_BASIS,
    effective: true,
  },
];

/**
 * Loads the reference policies once the app is up (after migrations, which run before init). Runs on
 * every start and in every replica: the unique reference key makes a concurrent second load a no-op.
 */
@Injectable()
export class QuotaReferenceSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(QuotaReferenceSeeder.name);

  constructor(
    @InjectRepository(QuotaPolicy) private readonly policies: Repository<QuotaPolicy>,
    private readonly service: QuotaPoliciesService,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    return this.seed();
  }

  async seed(): Promise<void> {
    let loaded = 0;
    for (const { key, ...fields } of REFERENCE_POLICIES) {
      if (await this.policies.existsBy({ referenceKey: key })) continue;
      try {
        await this.service.insertFirst(fields, SYSTEM_ACTOR, key);
        loaded++;
      } catch (err) {
        // Another replica loaded it a moment ago, or an operator entered this scope and year first.
        if (err instanceof AppError && err.code === 'POLICY_EXISTS') continue;
        throw err;
      }
    }
    if (loaded) this.logger.log(`loaded ${loaded} reference quota policies`);
  }
}
