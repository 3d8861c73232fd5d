import { Type as ClassType } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { MaxChars } from './validation/size';
import { NoNulCharacter } from './validation/text';

export const MAX_PAGE_SIZE = 100;
/** Deep pages are refused rather than scanned: nobody pages past a million. */
export const MAX_PAGE = 1_000_000;

export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page: number = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize: number = 20;
}

export class SearchPageQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Search ignoring case and accents', maxLength: 100 })
  @IsOptional()
  @IsString()
  @NoNulCharacter()
  @MaxChars(100)
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  q?: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export function pageOf<T>(items: T[], total: number, query: PageQueryDto): Page<T> {
  return { items, total, page: query.page, pageSize: query.pageSize };
}

export function offsetOf(query: PageQueryDto): number {
  return (query.page - 1) * query.pageSize;
}

/** An OpenAPI schema for `Page<Item>`, named `<Item>Page`. */
export function PageDto<T>(item: ClassType<T>): ClassType<Page<T>> {
  class PageOfItem implements Page<T> {
    @ApiProperty({ type: [item] })
    items!: T[];

    @ApiProperty({ example: 42 })
    total!: number;

    @ApiProperty({ example: 1 })
    page!: number;

    @ApiProperty({ example: 20 })
    pageSize!: number;
  }
  Object.defineProperty(PageOfItem, 'name', { value: `${item.name.replace(/Dto$/, '')}Page` });
  return PageOfItem;
}
