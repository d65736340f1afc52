import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../common/uuid-param';
import { Authenticated, CurrentUser } from './access.decorators';
import { AddressListView, AddressView, CreateAddressDto, UpdateAddressDto } from './address.dto';
import { AddressesService } from './addresses.service';
import { Principal } from './principal';

/** The signed-in member's own address book (收货地址), used at checkout. */
@ApiTags('addresses')
@Controller('me/addresses')
@Authenticated()
export class AddressesController {
  constructor(private readonly addresses: AddressesService) {}

  @Get()
  @ApiOkResponse({ type: AddressListView })
  async list(@CurrentUser() me: Principal): Promise<AddressListView> {
    return { items: await this.addresses.list(me.id) };
  }

  @Post()
  @ApiCreatedResponse({ type: AddressView })
  @ApiConflictResponse({ description: 'ADDRESS_BOOK_FULL 地址数量已达上限' })
  create(@CurrentUser() me: Principal, @Body() dto: CreateAddressDto): Promise<AddressView> {
    return this.addresses.create(me.id, dto);
  }

  @Patch(':id')
  @ApiOkResponse({ type: AddressView })
  @ApiNotFoundResponse({ description: '地址不存在或不属于当前用户' })
  update(@CurrentUser() me: Principal, @Param('id', UuidParam('收货地址')) id: string, @Body() dto: UpdateAddressDto): Promise<AddressView> {
    return this.addresses.update(me.id, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: '已删除' })
  @ApiNotFoundResponse({ description: '地址不存在或不属于当前用户' })
  async remove(@CurrentUser() me: Principal, @Param('id', UuidParam('收货地址')) id: string): Promise<void> {
    await this.addresses.remove(me.id, id);
  }
}
