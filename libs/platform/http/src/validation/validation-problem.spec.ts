import { plainToInstance, Type } from 'class-transformer';
import { IsInt, IsString, Min, ValidateNested, validateSync } from 'class-validator';
import { fieldErrorsOf, validationProblem } from './validation-problem';

class Item {
  @IsInt()
  @Min(1)
  unitPrice!: number;
}

class Order {
  @IsString()
  code!: string;

  @ValidateNested({ each: true })
  @Type(() => Item)
  items!: Item[];
}

describe(fieldErrorsOf.name, () => {
  it('names nested array items by their path, one entry per failed constraint', () => {
    const order = plainToInstance(Order, { code: 5, items: [{ unitPrice: 1 }, { unitPrice: 1 }, { unitPrice: 1 }, { unitPrice: 'x' }] });
    const errors = fieldErrorsOf(validateSync(order, { whitelist: true, forbidNonWhitelisted: true }));
    expect(errors.map((e) => `${e.field}:${e.code}`).sort()).toEqual(['code:isString', 'items.3.unitPrice:isInt', 'items.3.unitPrice:min']);
    expect(errors.every((e) => e.message.length > 0)).toBe(true);
  });
});

describe(validationProblem.name, () => {
  it('is a 400 validation-error problem listing the fields', () => {
    const problem = validationProblem(validateSync(plainToInstance(Order, { code: 1, items: [] })));
    expect(problem.getStatus()).toBe(400);
    expect(problem.typeUri).toBe('https://trustcircle.vn/problems/validation-error');
    expect(problem.problem.detail).toBe('Invalid field: code.');
    expect(problem.problem.errors).toEqual([expect.objectContaining({ field: 'code', code: 'isString' })]);
  });
});
