import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { AppError } from '../common/app-error';
import { SEARCH_ENGINE, SearchEngine, SynonymGroups } from './search-engine';
import { SearchSynonym } from './search-synonym.entity';
import { normalize } from './text';

/** The synonym groups operators keep; saving them re-applies them to the running engine. */
@Injectable()
export class SynonymsService {
  constructor(
    @InjectRepository(SearchSynonym) private readonly repo: Repository<SearchSynonym>,
    private readonly dataSource: DataSource,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
  ) {}

  list(): Promise<SearchSynonym[]> {
    return this.repo.find({ order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async groups(): Promise<SynonymGroups> {
    return (await this.list()).map((s) => s.terms);
  }

  /** Replaces every group (the editor sends the whole list) and applies them to the engine. */
  async replace(groups: string[][], actorId: string): Promise<SearchSynonym[]> {
    const clean = groups.map((g) => [...new Set(g.map((t) => normalize(t).trim()).filter(Boolean))]);
    const bad = clean.findIndex((g) => g.length < 2);
    if (bad >= 0) throw AppError.badRequest('SYNONYM_GROUP_TOO_SMALL', `第 ${bad + 1} 组同义词至少需要两个不同的词`);
    await this.dataSource.transaction(async (m) => {
      // DELETE, not TRUNCATE: TRUNCATE would commit the transaction on MySQL.
      await m.createQueryBuilder().delete().from(SearchSynonym).execute();
      for (const terms of clean) await m.save(m.create(SearchSynonym, { terms, updatedById: actorId }));
    });
    await this.engine.setSynonyms(clean);
    return this.list();
  }
}
