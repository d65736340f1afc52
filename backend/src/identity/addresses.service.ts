import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Not, Repository } from 'typeorm';
import { AppError } from '../common/app-error';
import { inTransaction } from '../database/transaction';
import { Address } from './address.entity';
import { AddressView, CreateAddressDto, MAX_ADDRESSES, UpdateAddressDto } from './address.dto';

const view = (a: Address): AddressView => ({
  id: a.id,
  name: a.name,
  phone: a.phone,
  region: a.region,
  detail: a.detail,
  isDefault: a.isDefault,
  updatedAt: a.updatedAt.toISOString(),
});

/**
 * A member's own address book. Every query is keyed by the caller's user id, so another member's
 * address answers 404 as if it did not exist. At most one address is the default; the first one is.
 */
@Injectable()
export class AddressesService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(Address) private readonly addresses: Repository<Address>,
  ) {}

  async list(userId: string): Promise<AddressView[]> {
    const rows = await this.addresses.find({ where: { userId }, order: { updatedAt: 'DESC' } });
    return rows.sort((a, b) => Number(b.isDefault) - Number(a.isDefault)).map(view);
  }

  async create(userId: string, dto: CreateAddressDto): Promise<AddressView> {
    const count = await this.addresses.countBy({ userId });
    if (count >= MAX_ADDRESSES) throw AppError.conflict('ADDRESS_BOOK_FULL', `最多保存 ${MAX_ADDRESSES} 个收货地址`);
    const isDefault = count === 0 || dto.isDefault === true;
    const saved = await inTransaction(this.dataSource, async (m) => {
      if (isDefault) await m.update(Address, { userId, isDefault: true }, { isDefault: false, updatedAt: new Date() });
      return m.save(m.create(Address, { userId, name: dto.name.trim(), phone: dto.phone, region: dto.region.trim(), detail: dto.detail.trim(), isDefault }));
    });
    return view(saved);
  }

  async update(userId: string, id: string, dto: UpdateAddressDto): Promise<AddressView> {
    const address = await this.own(userId, id);
    const saved = await inTransaction(this.dataSource, async (m) => {
      if (dto.isDefault === true) await m.update(Address, { userId, isDefault: true, id: Not(id) }, { isDefault: false, updatedAt: new Date() });
      if (dto.name !== undefined) address.name = dto.name.trim();
      if (dto.phone !== undefined) address.phone = dto.phone;
      if (dto.region !== undefined) address.region = dto.region.trim();
      if (dto.detail !== undefined) address.detail = dto.detail.trim();
      if (dto.isDefault === true) address.isDefault = true;
      return m.save(address);
    });
    return view(saved);
  }

  /** Removes an address; when it was the default, the most recently changed other one becomes it. */
  async remove(userId: string, id: string): Promise<void> {
    const address = await this.own(userId, id);
    await inTransaction(this.dataSource, async (m) => {
      await m.delete(Address, { id: address.id, userId });
      if (address.isDefault) {
        const next = await m.findOne(Address, { where: { userId }, order: { updatedAt: 'DESC' } });
        if (next) await m.update(Address, { id: next.id }, { isDefault: true });
      }
    });
  }

  private async own(userId: string, id: string): Promise<Address> {
    const address = await this.addresses.findOneBy({ id, userId });
    if (!address) throw AppError.notFound('收货地址');
    return address;
  }
}
