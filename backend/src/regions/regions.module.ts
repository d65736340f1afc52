import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Division } from './division.entity';
import { EasternPairing } from './eastern-pairing.service';
import { HelperUnit } from './helper-unit.entity';
import { Pairing } from './pairing.entity';
import { PairingMap } from './pairing-map.service';
import { PairingViews } from './pairing-views';
import { PairingsService } from './pairings.service';
import { ReferenceDataSeeder } from './reference-data.seeder';
import { RegionsController } from './regions.controller';
import { RegionsService } from './regions.service';
import { SourceDocument } from './source-document.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Division, HelperUnit, Pairing, SourceDocument])],
  controllers: [RegionsController],
  providers: [RegionsService, PairingsService, PairingViews, PairingMap, ReferenceDataSeeder, EasternPairing],
  exports: [RegionsService, PairingsService, ReferenceDataSeeder, EasternPairing],
})
export class RegionsModule {}
