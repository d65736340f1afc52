import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { FileRecord } from './file-record.entity';
import { FILE_STORAGE, LocalDiskStorage } from './file-storage';
import { FilesController } from './files.controller';
import { FilesService } from './files.service';

/** Uploaded images and documents. The storage is local disk by default (FILE_STORAGE_DIR). */
@Module({
  imports: [TypeOrmModule.forFeature([FileRecord])],
  controllers: [FilesController],
  providers: [FilesService, { provide: FILE_STORAGE, inject: [APP_CONFIG], useFactory: (c: AppConfig) => new LocalDiskStorage(c.fileStorageDir) }],
  exports: [FilesService],
})
export class FilesModule {}
