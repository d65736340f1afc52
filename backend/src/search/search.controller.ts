import { Body, Controller, Get, HttpCode, Inject, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Public, Roles } from '../identity/access.decorators';
import { Principal } from '../identity/principal';
import { Role } from '../identity/role';
import { ProductPage, ProductQuery, ReindexResult, SuggestionList, SuggestQuery, SynonymList, SynonymsDto } from './dto';
import { SEARCH_ENGINE, SearchEngine } from './search-engine';
import { SearchIndexer } from './search-indexer';
import { SearchService } from './search.service';
import { SearchSynonym } from './search-synonym.entity';
import { SynonymsService } from './synonyms.service';

/** The shop's product list and search (contract: GET /api/products), and suggestions. */
@ApiTags('shop')
@Controller()
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @Public()
  @Get('products')
  @ApiOkResponse({ type: ProductPage })
  products(@Query() q: ProductQuery): Promise<ProductPage> {
    return this.search.products(q);
  }

  @Public()
  @Get('search/suggest')
  @ApiOkResponse({ type: SuggestionList })
  async suggest(@Query() q: SuggestQuery): Promise<SuggestionList> {
    return { items: await this.search.suggest(q.q) };
  }
}

const synonymList = (rows: SearchSynonym[]): SynonymList => ({
  groups: rows.map((r) => ({ id: r.id, terms: r.terms, updatedAt: r.updatedAt.toISOString() })),
});

/** Operators: synonyms and the full re-index (recovery, or after changing the engine). */
@ApiTags('admin: search')
@Controller('admin/search')
@Roles(Role.OPERATOR)
export class AdminSearchController {
  constructor(
    private readonly synonyms: SynonymsService,
    private readonly indexer: SearchIndexer,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
  ) {}

  @Get('synonyms')
  @ApiOkResponse({ type: SynonymList })
  async listSynonyms(): Promise<SynonymList> {
    return synonymList(await this.synonyms.list());
  }

  /** Replaces all groups; both engines apply them at once (no re-index needed). */
  @Put('synonyms')
  @ApiOkResponse({ type: SynonymList })
  async replaceSynonyms(@Body() dto: SynonymsDto, @CurrentUser() user: Principal): Promise<SynonymList> {
    return synonymList(await this.synonyms.replace(dto.groups.map((g) => g.terms), user.id));
  }

  @Post('reindex')
  @HttpCode(200)
  @ApiOkResponse({ type: ReindexResult })
  async reindex(): Promise<ReindexResult> {
    return { engine: this.engine.kind, ...(await this.indexer.rebuild()) };
  }
}
