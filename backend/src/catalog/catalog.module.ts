import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FilesModule } from '../files/files.module';
import { IdentityModule } from '../identity/identity.module';
import { RegionsModule } from '../regions/regions.module';
import { SuppliersModule } from '../suppliers/suppliers.module';
import { AdminProductsController } from './admin-products.controller';
import { AdminZonesController } from './admin-zones.controller';
import { Certification } from './certification.entity';
import { CertificationsService } from './certifications.service';
import { ExpiryScheduler } from './expiry.scheduler';
import { ProductEvent } from './product-event.entity';
import { ProductReviewService } from './product-review.service';
import { ProductViews } from './product-views.service';
import { Product } from './product.entity';
import { ProductsService } from './products.service';
import { ShopController } from './shop.controller';
import { ShopListings } from './shop-listings.service';
import { ShopService } from './shop.service';
import { Sku } from './sku.entity';
import { StockService } from './stock.service';
import { SupplierProductsController } from './supplier-products.controller';
import { Zone } from './zone.entity';
import { ZonesService } from './zones.service';

/** Products, SKUs, certifications, review and listing, zones, and the shop's view of them. */
@Module({
  imports: [TypeOrmModule.forFeature([Product, Sku, Certification, ProductEvent, Zone]), SuppliersModule, FilesModule, RegionsModule, IdentityModule],
  controllers: [ShopController, SupplierProductsController, AdminProductsController, AdminZonesController],
  providers: [ProductsService, CertificationsService, ProductReviewService, ProductViews, ShopService, ShopListings, ZonesService, ExpiryScheduler, StockService],
  exports: [ProductsService, CertificationsService, ProductReviewService, ShopService, ShopListings, ZonesService, StockService],
})
export class CatalogModule {}
