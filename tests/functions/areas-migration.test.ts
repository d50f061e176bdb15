import { useAppCloud } from '../helpers/app-cloud';
import { plantAreas } from '../helpers/areas';
import { sdk } from '../helpers/devcloud';

const app = useAppCloud();

type Stored = Record<string, unknown> & { _id: string };

async function get(collection: string, id: string): Promise<Stored> {
  return ((await sdk(app.db.collection(collection).doc(id).get())) as unknown as { data: Stored }).data;
}

const add = (collection: string, data: Record<string, unknown>) =>
  sdk(app.db.collection(collection).add({ data }));

describe('the village migration', () => {
  it('places known names on their nodes, lists the unknown ones and leaves them as they were', async () => {
    await plantAreas(app);
    // A second 东山村 elsewhere would make the name ambiguous: none here, so it maps.
    const known = await app.createUser('resident', { nickname: '老住户', village: '东山村' });
    const typo = await app.createUser('resident', { nickname: '打错字', village: '东山' });
    const staff = await app.createUser('mediator', { nickname: '调解员', village: '城关镇司法所' });
    await add('consultations', { _id: 'mc1', residentVillage: '北坡村', createdAt: 1 });
    await add('consultations', { _id: 'mc2', residentVillage: '青石村', createdAt: 2 });
    await add('cases', { _id: 'mk1', residentVillage: '西岭村', createdAt: 3 });
    await add('legal_aid_applications', { _id: 'ml1', area: '南湖村', status: 'submitted', submittedAt: 4 });
    await add('legal_aid_applications', {
      _id: 'ml2',
      area: '河口社区',
      status: 'submitted',
      submittedAt: 5,
    });
    await add('mediators', { _id: 'mm1', userId: staff.id, name: '调解员', areas: ['东山村', '河口社区'] });

    const { migrateVillages } = await import('@server/migrations/villages');
    const report = await migrateVillages();
    expect(report.mapped).toEqual({ users: 2, consultations: 1, cases: 1, legalAid: 1, mediators: 1 });
    expect(report.unknown).toEqual(
      expect.arrayContaining([
        { collection: 'users', name: '东山', count: 1 },
        { collection: 'consultations', name: '青石村', count: 1 },
        { collection: 'legal_aid_applications', name: '河口社区', count: 1 },
        { collection: 'mediators', name: '河口社区', count: 1 },
      ]),
    );
    expect(report.unknown).toHaveLength(4);

    expect(await get('users', known.id)).toMatchObject({
      areaId: 'area-dongshan',
      area: { townId: 'area-chengguan', villageId: 'area-dongshan' },
    });
    const left = await get('users', typo.id);
    expect(left.village).toBe('东山');
    expect(left).not.toHaveProperty('areaId');
    // Staff belong where they work: no scope is the county, whatever their typed village.
    expect(await get('users', staff.id)).toMatchObject({ area: { countyId: 'area-county' } });
    expect((await get('consultations', 'mc1')).area).toEqual({
      countyId: 'area-county',
      townId: 'area-nanhu',
      villageId: 'area-beipo',
    });
    expect(await get('consultations', 'mc2')).not.toHaveProperty('area');
    expect((await get('cases', 'mk1')).area).toMatchObject({ villageId: 'area-xiling' });
    expect(await get('legal_aid_applications', 'ml1')).toMatchObject({
      areaName: '南湖村',
      area: { villageId: 'area-nanhu-cun' },
    });
    const unknownAid = await get('legal_aid_applications', 'ml2');
    expect(unknownAid.areaName).toBe('河口社区');
    expect(unknownAid).not.toHaveProperty('area');
    expect((await get('mediators', 'mm1')).areaIds).toEqual(['area-dongshan']);

    // Once done it changes nothing, and the unknown names are still listed.
    const again = await migrateVillages();
    expect(again.mapped).toEqual({ users: 0, consultations: 0, cases: 0, legalAid: 0, mediators: 0 });
    expect(again.unknown.map((u) => u.name).sort()).toEqual(['东山', '青石村']);
  });
});
