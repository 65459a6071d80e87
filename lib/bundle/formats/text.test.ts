import { expect, it } from 'vitest';
import { parseText } from './text';

it('takes a headline on the first line as the title, the dateline as the outlet', () => {
  const r = parseText(
    'Council approves library budget\nRIVERTON (Reuters) - The council approved $12.4 million on Tuesday.',
    'council.txt',
  );
  expect(r.ok && r.articles[0]).toMatchObject({
    title: 'Council approves library budget',
    outlet: 'council',
    origin: 'council.txt',
  });
});

it('reads the seed style " date YYYY-MM-DD" header', () => {
  const r = parseText(
    ' date 2023-12-01 Officials said 40 workers will repair the old bridge.\n\nThe post appeared first on cnn.com',
    'bridge.txt',
  );
  expect(r.ok && r.articles[0]).toMatchObject({ published: '2023-12-01', outlet: 'CNN' });
});

it('takes the date a text file prints at its foot, as the command line does', () => {
  const r = parseText(
    'Council approves library budget\n\nThe council approved $12.4 million on Tuesday.\n\nFirst published on Wed 6 Mar 2024 06.12 GMT',
    'council.txt',
  );
  expect(r.ok && r.articles[0]).toMatchObject({ published: '2024-03-06' });
});
