import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RegionsModule } from '../regions/regions.module';
import { Supplier } from './supplier.entity';
import { AdminSuppliersController, SuppliersController } from './suppliers.controller';
import { SuppliersService } from './suppliers.service';

/** Supplier organisations; admission, bases and catalog come with the supply-side issue. */
@Module({
  imports: [TypeOrmModule.forFeature([Supplier]), RegionsModule],
  controllers: [AdminSuppliersController, SuppliersController],
  providers: [SuppliersService],
  exports: [SuppliersService],
})
export class SuppliersModule {}
