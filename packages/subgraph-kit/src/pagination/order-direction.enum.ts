import { describeEnum } from '../shared-types/describe-enum';

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

describeEnum(OrderDirection, 'OrderDirection', 'Which way a list is sorted (排序方向).', {
  ASC: 'Smallest, earliest or A first (升序).',
  DESC: 'Largest, latest or Z first (降序).',
});
