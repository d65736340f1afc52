import { Injectable } from '@nestjs/common';
import { AppError } from '../common/app-error';
import { AgenciesService } from '../procurement/agencies.service';
import { SuppliersService } from '../suppliers/suppliers.service';
import { LoginResult, MeView, RegisterDto } from './dto';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordService } from './password.service';
import { Role } from './role';
import { TokenService } from './token.service';
import { User, UserStatus } from './user.entity';
import { UsersService } from './users.service';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
    private readonly throttle: LoginThrottleService,
    private readonly agencies: AgenciesService,
    private readonly suppliers: SuppliersService,
  ) {}

  async login(phone: string, password: string, ip: string): Promise<LoginResult> {
    await this.throttle.assertAllowed(phone, ip);
    const user = await this.users.findByPhone(phone);
    const ok = user ? await this.passwords.verify(user.passwordHash, password) : await this.passwords.verifyAgainstNothing(password);
    await this.throttle.record(phone, ip, ok);
    if (!user || !ok) throw new AppError(401, 'INVALID_CREDENTIALS', '手机号或密码错误');
    if (user.status !== UserStatus.ACTIVE) throw new AppError(401, 'ACCOUNT_DISABLED', '账号已停用，请联系平台运营');
    return this.session(user);
  }

  /** Self-registration is for citizens only; organisation accounts are created by operators. */
  async register(dto: RegisterDto): Promise<LoginResult> {
    const user = await this.users.create({ ...dto, roles: [Role.CITIZEN] });
    return this.session(user);
  }

  async me(userId: string): Promise<MeView> {
    const u = await this.users.get(userId);
    const [agency, supplier] = await Promise.all([
      u.agencyId ? this.agencies.get(u.agencyId) : null,
      u.supplierId ? this.suppliers.get(u.supplierId) : null,
    ]);
    return {
      id: u.id,
      name: u.name,
      phone: u.phone,
      roles: u.roles,
      agencyId: u.agencyId,
      supplierId: u.supplierId,
      agency: agency && { id: agency.id, name: agency.name },
      supplier: supplier && { id: supplier.id, name: supplier.name },
    };
  }

  /** A signed-in session for a user (login, registration, supplier admission). */
  session(user: User): LoginResult {
    return { accessToken: this.tokens.issue(user.id), user: { id: user.id, name: user.name, roles: user.roles } };
  }
}
