import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../common/uuid-param';
import { AgenciesService } from '../procurement/agencies.service';
import { SuppliersService } from '../suppliers/suppliers.service';
import { Roles } from './access.decorators';
import { CreateUserDto, ListUsersQuery, UserList, UserStatusDto, UserView } from './dto';
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
    return { items: (await this.users.list(q)).map(userView) };
  }

  @Post()
  @ApiCreatedResponse({ type: UserView })
  async create(@Body() dto: CreateUserDto): Promise<UserView> {
    if (dto.agencyId) await this.agencies.get(dto.agencyId);
    if (dto.supplierId) await this.suppliers.get(dto.supplierId);
    return userView(await this.users.create(dto));
  }

  @Patch(':id/status')
  @ApiOkResponse({ type: UserView })
  async setStatus(@Param('id', UuidParam('用户')) id: string, @Body() dto: UserStatusDto) {
    return userView(await this.users.setStatus(id, dto.status as UserStatus));
  }
}
