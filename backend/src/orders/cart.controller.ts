import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../common/uuid-param';
import { CurrentUser, Roles } from '../identity/access.decorators';
import { Principal } from '../identity/principal';
import { Role } from '../identity/role';
import { CartService } from './cart.service';
import { CartLineInput, CartQuantityDto, MergeCartDto } from './dto';
import { CartView } from './views';

/** The signed-in citizen's cart (canteen buyers order through procurement). Prices are always live. */
@ApiTags('cart')
@Controller('cart')
@Roles(Role.CITIZEN)
export class CartController {
  constructor(private readonly cart: CartService) {}

  @Get()
  @ApiOkResponse({ type: CartView })
  get(@CurrentUser() me: Principal): Promise<CartView> {
    return this.cart.view(me.id);
  }

  @Post('items')
  @HttpCode(200)
  @ApiOkResponse({ type: CartView, description: '加入购物车（已有则累加数量）' })
  add(@CurrentUser() me: Principal, @Body() dto: CartLineInput): Promise<CartView> {
    return this.cart.add(me.id, dto);
  }

  @Patch('items/:skuId')
  @ApiOkResponse({ type: CartView })
  setQuantity(@CurrentUser() me: Principal, @Param('skuId', UuidParam('购物车商品')) skuId: string, @Body() dto: CartQuantityDto): Promise<CartView> {
    return this.cart.setQuantity(me.id, skuId, dto.quantity);
  }

  @Delete('items/:skuId')
  @ApiOkResponse({ type: CartView })
  remove(@CurrentUser() me: Principal, @Param('skuId', UuidParam('购物车商品')) skuId: string): Promise<CartView> {
    return this.cart.remove(me.id, skuId);
  }

  @Delete()
  @ApiOkResponse({ type: CartView })
  clear(@CurrentUser() me: Principal): Promise<CartView> {
    return this.cart.clear(me.id);
  }

  @Post('merge')
  @HttpCode(200)
  @ApiOkResponse({ type: CartView, description: '登录时合并未登录购物车：同一规格数量相加，已不存在的规格跳过' })
  merge(@CurrentUser() me: Principal, @Body() dto: MergeCartDto): Promise<CartView> {
    return this.cart.merge(me.id, dto.items);
  }
}
