import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Request } from 'express';
import { Authenticated, CurrentUser, Public } from './access.decorators';
import { AuthService } from './auth.service';
import { LoginDto, LoginResult, MeView, RegisterDto } from './dto';
import { Principal } from './principal';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResult })
  @ApiUnauthorizedResponse({ description: '手机号或密码错误 (INVALID_CREDENTIALS)' })
  @ApiTooManyRequestsResponse({ description: '失败次数过多 (TOO_MANY_ATTEMPTS)' })
  login(@Body() dto: LoginDto, @Req() req: Request): Promise<LoginResult> {
    return this.auth.login(dto.phone, dto.password, req.ip ?? 'unknown');
  }

  @Public()
  @Post('register')
  @ApiCreatedResponse({ type: LoginResult, description: '注册个人用户（CITIZEN）并登录' })
  register(@Body() dto: RegisterDto): Promise<LoginResult> {
    return this.auth.register(dto);
  }

  @Authenticated()
  @Get('me')
  @ApiOkResponse({ type: MeView })
  me(@CurrentUser() me: Principal): Promise<MeView> {
    return this.auth.me(me.id);
  }
}
