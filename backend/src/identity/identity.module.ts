import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ProcurementModule } from '../procurement/procurement.module';
import { SuppliersModule } from '../suppliers/suppliers.module';
import { AccessGuard } from './access.guard';
import { Address } from './address.entity';
import { AddressesController } from './addresses.controller';
import { AddressesService } from './addresses.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { resolveJwtSecret } from './jwt-secret';
import { LoginAttempt } from './login-attempt.entity';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordService } from './password.service';
import { JWT_KEY, TokenService } from './token.service';
import { User } from './user.entity';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

/** Users, login, tokens and the global access guard that every other module relies on. */
@Module({
  imports: [TypeOrmModule.forFeature([User, LoginAttempt, Address]), JwtModule.register({}), ProcurementModule, SuppliersModule],
  controllers: [AuthController, UsersController, AddressesController],
  providers: [
    { provide: JWT_KEY, inject: [APP_CONFIG], useFactory: (c: AppConfig) => resolveJwtSecret(c) },
    PasswordService,
    TokenService,
    UsersService,
    LoginThrottleService,
    AuthService,
    AddressesService,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [UsersService, PasswordService, AuthService],
})
export class IdentityModule {}
