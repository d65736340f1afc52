import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '../catalog/catalog.module';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { OrdersModule } from '../orders/orders.module';
import { RegionsModule } from '../regions/regions.module';
import { MeiliEngine } from './meili-engine';
import { MemoryEngine } from './memory-engine';
import { AdminSearchController, SearchController } from './search.controller';
import { SEARCH_ENGINE, SearchEngine } from './search-engine';
import { SearchIndexer } from './search-indexer';
import { SearchService } from './search.service';
import { SearchSynonym } from './search-synonym.entity';
import { SynonymsService } from './synonyms.service';

/** MEILI_HOST set → Meilisearch; otherwise the in-process engine. Production swaps it by configuration only. */
export const searchEngineFor = (config: AppConfig): SearchEngine => (config.meili ? new MeiliEngine(config.meili) : new MemoryEngine());

/** Product search: the engine, the indexer fed by catalog events, the shop's list/search and suggest routes. */
@Module({
  imports: [TypeOrmModule.forFeature([SearchSynonym]), CatalogModule, RegionsModule, OrdersModule],
  controllers: [SearchController, AdminSearchController],
  providers: [{ provide: SEARCH_ENGINE, inject: [APP_CONFIG], useFactory: searchEngineFor }, SearchService, SearchIndexer, SynonymsService],
  exports: [SearchService, SearchIndexer],
})
export class SearchModule {}
