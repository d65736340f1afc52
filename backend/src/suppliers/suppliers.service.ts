import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppError } from '../common/app-error';
import { isUniqueViolation } from '../database/dialect';
import { PairingsService } from '../regions/pairings.service';
import { todayInShanghai } from '../common/validators';
import { CreateSupplierDto, SupplierView } from './dto';
import { Supplier, SupplierStatus } from './supplier.entity';

export const supplierView = (s: Supplier): SupplierView => ({
  id: s.id,
  name: s.name,
  creditCode: s.creditCode,
  countyCode: s.countyCode,
  status: s.status,
});

@Injectable()
export class SuppliersService {
  constructor(
    @InjectRepository(Supplier) private readonly repo: Repository<Supplier>,
    private readonly pairings: PairingsService,
  ) {}

  /**
   * An operator registers a supplier organisation directly (admitted at once). The application and
   * review flow of the supply-side issue builds on this entity.
   */
  async createAdmitted(dto: CreateSupplierDto): Promise<Supplier> {
    if (!(await this.pairings.isAssistedCounty(dto.countyCode, todayInShanghai()))) {
      throw AppError.badRequest('NOT_ASSISTED_COUNTY', '该县目前没有东西部协作结对关系，不能注册供应商');
    }
    try {
      return await this.repo.save(this.repo.create({ ...dto, name: dto.name.trim(), status: SupplierStatus.APPROVED }));
    } catch (err) {
      if (isUniqueViolation(err)) throw AppError.conflict('SUPPLIER_EXISTS', '该统一社会信用代码的供应商已存在');
      throw err;
    }
  }

  async get(id: string): Promise<Supplier> {
    const s = await this.repo.findOneBy({ id });
    if (!s) throw AppError.notFound('供应商');
    return s;
  }

  list(): Promise<Supplier[]> {
    return this.repo.find({ order: { name: 'ASC' }, take: 1000 });
  }
}
