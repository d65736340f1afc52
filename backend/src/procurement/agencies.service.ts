import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { AppError } from '../common/app-error';
import { isUniqueViolation } from '../database/dialect';
import { RegionsService } from '../regions/regions.service';
import { Agency } from './agency.entity';
import { Canteen } from './canteen.entity';
import { AgencyView, CreateAgencyDto } from './dto';

@Injectable()
export class AgenciesService {
  constructor(
    @InjectRepository(Agency) private readonly agencies: Repository<Agency>,
    @InjectRepository(Canteen) private readonly canteens: Repository<Canteen>,
    private readonly dataSource: DataSource,
    private readonly regions: RegionsService,
  ) {}

  async create(dto: CreateAgencyDto): Promise<AgencyView> {
    await this.regions.requireDivision(dto.divisionCode);
    const names = dto.canteens.map((c) => c.name.trim());
    if (new Set(names).size !== names.length) throw AppError.badRequest('DUPLICATE_CANTEEN', '同一单位的食堂名称不能重复');
    try {
      const id = await this.dataSource.transaction(async (m) => {
        const agency = await m.save(m.create(Agency, { name: dto.name.trim(), divisionCode: dto.divisionCode, creditCode: dto.creditCode ?? null }));
        for (const c of dto.canteens) await m.save(m.create(Canteen, { agencyId: agency.id, name: c.name.trim(), address: c.address ?? null }));
        return agency.id;
      });
      return this.view(id);
    } catch (err) {
      if (isUniqueViolation(err)) throw AppError.conflict('AGENCY_EXISTS', '同名或同信用代码的预算单位已存在');
      throw err;
    }
  }

  async get(id: string): Promise<Agency> {
    const a = await this.agencies.findOneBy({ id });
    if (!a) throw AppError.notFound('预算单位');
    return a;
  }

  async view(id: string): Promise<AgencyView> {
    const [view] = await this.views([await this.get(id)]);
    return view;
  }

  async list(): Promise<AgencyView[]> {
    return this.views(await this.agencies.find({ order: { name: 'ASC' }, take: 1000 }));
  }

  private async views(agencies: Agency[]): Promise<AgencyView[]> {
    const canteens = agencies.length ? await this.canteens.find({ where: { agencyId: In(agencies.map((a) => a.id)) }, order: { name: 'ASC' } }) : [];
    return agencies.map((a) => ({
      id: a.id,
      name: a.name,
      creditCode: a.creditCode,
      divisionCode: a.divisionCode,
      status: a.status,
      canteens: canteens.filter((c) => c.agencyId === a.id).map((c) => ({ id: c.id, name: c.name, address: c.address })),
    }));
  }
}
