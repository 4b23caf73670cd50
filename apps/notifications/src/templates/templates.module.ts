import { Module } from '@nestjs/common';
import { HandlebarsTemplateRenderer } from './handlebars-template-renderer';
import { TEMPLATE_RENDERER } from './template-renderer';

/**
 * Provides the `TEMPLATE_RENDERER`: every template of the catalogue checked and compiled once, when the module is
 * created (a broken template stops the boot). The templates are TypeScript modules (`files/<id>.v<n>.ts`), so they
 * ship with the code whatever runs it (SWC, ts-node, tsc output or a bundle): no asset to copy or path to resolve.
 */
@Module({
  providers: [{ provide: TEMPLATE_RENDERER, useFactory: () => new HandlebarsTemplateRenderer() }],
  exports: [TEMPLATE_RENDERER],
})
export class TemplatesModule {}
