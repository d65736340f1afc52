import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FilesModule } from '../files/files.module';
import { RegionsModule } from '../regions/regions.module';
import { SupplierDecision } from './supplier-decision.entity';
import { SupplierProfileController } from './supplier-profile.controller';
import { SupplierReviewService } from './supplier-review.service';
import { Supplier } from './supplier.entity';
import { SupplyBase } from './supply-base.entity';
import { AdminBasesController, SupplierBasesController } from './supply-bases.controller';
import { SupplyBasesService } from './supply-bases.service';
import { AdminSuppliersController, SuppliersController } from './suppliers.controller';
import { SuppliersService } from './suppliers.service';

/**
 * Supplier organisations, their admission lifecycle and their supply bases. The public application
 * endpoint lives in ./admission (it also needs IdentityModule, which imports this module).
 */
@Module({
  imports: [TypeOrmModule.forFeature([Supplier, SupplierDecision, SupplyBase]), RegionsModule, FilesModule],
  controllers: [AdminSuppliersController, SuppliersController, SupplierProfileController, SupplierBasesController, AdminBasesController],
  providers: [SuppliersService, SupplierReviewService, SupplyBasesService],
  exports: [SuppliersService, SupplyBasesService, SupplierReviewService],
})
export class SuppliersModule {}
