import { type EntityManager, Raw } from 'typeorm';
import { OperatorRecord } from '../infrastructure/operator.orm-entity';
import { OperatorProblems } from './operator-problems';

/** An operator by id, or by name (case-insensitively, NFC). @throws 404 problem */
export async function findOperator(manager: EntityManager, ref: { id: string } | { name: string }): Promise<OperatorRecord> {
  if ('id' in ref) {
    const operator = await manager.findOneBy(OperatorRecord, { id: ref.id });
    if (!operator) throw OperatorProblems.notFoundById(ref.id);
    return operator;
  }
  const name = ref.name.normalize('NFC').trim();
  const operator = await manager.findOneBy(OperatorRecord, { name: Raw((col) => `lower(${col}) = lower(:name)`, { name }) });
  if (!operator) throw OperatorProblems.notFound(name);
  return operator;
}
