import { Body, Controller, Get, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../common/uuid-param';
import { AgenciesService } from '../procurement/agencies.service';
import { SuppliersService } from '../suppliers/suppliers.service';
import { CurrentUser, Roles } from './access.decorators';
import { CreateUserDto, ListUsersQuery, UserList, UserRolesDto, UserStatusDto, UserView } from './dto';
import { Principal } from './principal';
import { Role } from './role';
import { UserStatus } from './user.entity';
import { UsersService } from './users.service';
import { userView } from './views';

/** Operators create and manage accounts for agencies and suppliers. */
@ApiTags('admin: accounts')
@Controller('admin/users')
@Roles(Role.OPERATOR)
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly agencies: AgenciesService,
    private readonly suppliers: SuppliersService,
  ) {}

  @Get()
  @ApiOkResponse({ type: UserList })
  async list(@Query() q: ListUsersQuery): Promise<UserList> {
    const { page = 1, pageSize = 50, ...filter } = q;
    const { items, total } = await this.users.list(filter, page, pageSize);
    return { items: items.map(userView), total, page, pageSize };
  }

  @Post()
  @ApiCreatedResponse({ type: UserView })
  async create(@Body() dto: CreateUserDto, @CurrentUser() me: Principal): Promise<UserView> {
    if (dto.agencyId) await this.agencies.get(dto.agencyId);
    if (dto.supplierId) await this.suppliers.get(dto.supplierId);
    return userView(await this.users.create(dto, me));
  }

  @Patch(':id/status')
  @ApiOperation({ summary: '停用或恢复账号（停用立即生效：已登录的会话失效，不能再登录）' })
  @ApiOkResponse({ type: UserView })
  @ApiBadRequestResponse({ description: '不能停用自己的账号 (CANNOT_DISABLE_SELF)' })
  async setStatus(@Param('id', UuidParam('用户')) id: string, @Body() dto: UserStatusDto, @CurrentUser() me: Principal) {
    return userView(await this.users.setStatus(id, dto.status as UserStatus, me, dto.reason));
  }

  @Put(':id/roles')
  @ApiOperation({ summary: '修改账号角色及所属组织（立即生效）' })
  @ApiOkResponse({ type: UserView })
  @ApiBadRequestResponse({ description: '角色与所属组织不符 (MEMBERSHIP_MISMATCH, ROLE_CONFLICT)，或取消自己的运营角色 (CANNOT_DEMOTE_SELF)' })
  async setRoles(@Param('id', UuidParam('用户')) id: string, @Body() dto: UserRolesDto, @CurrentUser() me: Principal): Promise<UserView> {
    if (dto.agencyId) await this.agencies.get(dto.agencyId);
    if (dto.supplierId) await this.suppliers.get(dto.supplierId);
    return userView(await this.users.setRoles(id, dto, me));
  }
}
