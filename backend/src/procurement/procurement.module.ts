import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RegionsModule } from '../regions/regions.module';
import { AdminAgenciesController, AgenciesController } from './agencies.controller';
import { AgenciesService } from './agencies.service';
import { Agency } from './agency.entity';
import { Canteen } from './canteen.entity';

/** Agencies (预算单位) and their canteens; procurement orders and quotas come with their issue. */
@Module({
  imports: [TypeOrmModule.forFeature([Agency, Canteen]), RegionsModule],
  controllers: [AdminAgenciesController, AgenciesController],
  providers: [AgenciesService],
  exports: [AgenciesService],
})
export class ProcurementModule {}
