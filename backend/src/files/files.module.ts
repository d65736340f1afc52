import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { FileRecord } from './file-record.entity';
import { FILE_STORAGE, FileStorage, LocalDiskStorage } from './file-storage';
import { FilesController } from './files.controller';
import { FilesService } from './files.service';
import { S3Storage } from './s3-storage';

/** FILE_STORAGE=s3 → the object store (required with more than one backend replica); else local disk. */
export function fileStorageFor(c: AppConfig): FileStorage {
  return c.s3 ? new S3Storage(c.s3) : new LocalDiskStorage(c.fileStorageDir);
}

/** Uploaded images and documents. The storage is local disk by default (FILE_STORAGE_DIR), or S3 (FILE_STORAGE=s3). */
@Module({
  imports: [TypeOrmModule.forFeature([FileRecord])],
  controllers: [FilesController],
  providers: [FilesService, { provide: FILE_STORAGE, inject: [APP_CONFIG], useFactory: fileStorageFor }],
  exports: [FilesService],
})
export class FilesModule {}
