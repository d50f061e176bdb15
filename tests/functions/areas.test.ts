import { toGcj02 } from '@server/areas/geometry';
import gcoord from 'gcoord';
import { codeOf, dataOf, useAppCloud } from '../helpers/app-cloud';
import { at, plantAreas } from '../helpers/areas';

const app = useAppCloud();

interface Node {
  id: string;
  level: string;
  name: string;
  fullName: string;
}

beforeAll(async () => {
  await plantAreas(app);
});

async function pathAt(point: { lng: number; lat: number }): Promise<string[]> {
  const r = await app.createUser('resident');
  const { path } = dataOf<{ path: Node[] }>(await app.call(r.openid, 'area', 'locate', { point }));
  return path.map((n) => n.name);
}

describe('the area tree locates a point', () => {
  it('finds county, town, village and grid for a point well inside', async () => {
    expect(await pathAt(at(2.5, 25))).toEqual(['清溪县', '城关镇', '东山村', '东山村第一网格']);
  });

  it('counts a point exactly on the outer edge as inside the village', async () => {
    expect(await pathAt(at(0, 25))).toEqual(['清溪县', '城关镇', '东山村', '东山村第一网格']);
  });

  it('puts a point in the forest-farm hole of 西岭村 in no village', async () => {
    expect(await pathAt(at(16, 25))).toEqual(['清溪县', '城关镇']);
    expect(await pathAt(at(13, 25))).toEqual(['清溪县', '城关镇', '西岭村', '西岭村第一网格']);
  });

  it('answers nothing for a point outside the county', async () => {
    expect(await pathAt(at(45, 10))).toEqual([]);
  });

  it('places a WGS-84 reading in the neighbouring village unless it is converted to GCJ-02', async () => {
    // A person standing some 150 m inside 西岭村's west edge (x=10 is its border with 东山村), in GCJ-02.
    const truth = at(10.5, 25);
    // What a browser reports there: WGS-84, about 430 m west and 290 m south of the GCJ-02 point.
    const [lng, lat] = gcoord.transform([truth.lng, truth.lat], gcoord.GCJ02, gcoord.WGS84) as [
      number,
      number,
    ];
    const wgs = { lng, lat };
    expect(await pathAt(wgs)).toContain('东山村');
    expect(await pathAt(toGcj02(wgs, 'wgs84'))).toEqual(['清溪县', '城关镇', '西岭村', '西岭村第一网格']);
  });
});

describe('the tree as residents and admins use it', () => {
  it('lists the villages of a town for anyone, boundaries only when asked', async () => {
    const res = dataOf<{ parent: Node; items: (Node & { polygon?: unknown })[] }>(
      await app.call('never-signed-in', 'area', 'children', { parentId: 'area-chengguan' }),
    );
    expect(res.parent.name).toBe('城关镇');
    expect(res.items.map((i) => i.name).sort()).toEqual(['东山村', '城关社区', '西岭村'].sort());
    expect(res.items.every((i) => i.polygon === undefined)).toBe(true);
    const withB = dataOf<{ items: { polygon?: unknown }[] }>(
      await app.call('never-signed-in', 'area', 'children', {
        parentId: 'area-chengguan',
        withBoundary: true,
      }),
    );
    expect(withB.items.every((i) => Array.isArray(i.polygon))).toBe(true);
  });

  it('lets a town admin draw inside the town only, and never a fifth level', async () => {
    const townAdmin = await app.createUser('admin', { scopeAreaId: 'area-nanhu' });
    const made = dataOf<Node>(
      await app.call(townAdmin.openid, 'area', 'save', { parentId: 'area-beipo', name: '北坡村第三网格' }),
    );
    expect(made).toMatchObject({ level: 'grid', fullName: '清溪县 / 南湖镇 / 北坡村 / 北坡村第三网格' });
    expect(
      codeOf(await app.call(townAdmin.openid, 'area', 'save', { parentId: 'area-dongshan', name: '越界' })),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(await app.call(townAdmin.openid, 'area', 'save', { parentId: made.id, name: '第五级' })),
    ).toBe('CONFLICT');
    expect(
      codeOf(
        await app.call(townAdmin.openid, 'area', 'save', { parentId: 'area-beipo', name: '北坡村第三网格' }),
      ),
    ).toBe('CONFLICT');
  });

  it('refuses an open ring and a boundary outside China at the door', async () => {
    const admin = await app.createUser('admin');
    const open = [
      [
        [120, 29.1],
        [120.1, 29.1],
        [120.1, 29.2],
        [120, 29.2],
      ],
    ];
    const abroad = [
      [
        [2.35, 48.85],
        [2.36, 48.85],
        [2.36, 48.86],
        [2.35, 48.85],
      ],
    ];
    for (const polygon of [open, abroad]) {
      const res = await app.call(admin.openid, 'area', 'save', {
        parentId: 'area-beipo',
        name: '坏边界',
        polygon,
      });
      expect(codeOf(res)).toBe('BAD_REQUEST');
    }
  });

  it('scopes staff inside the admin scope and refuses residents and widening', async () => {
    const townAdmin = await app.createUser('admin', { scopeAreaId: 'area-nanhu' });
    const grid = await app.createUser('grid_worker');
    const resident = await app.createUser('resident');
    const set = dataOf<{ scopeName: string }>(
      await app.call(townAdmin.openid, 'area', 'setScope', { userId: grid.id, areaId: 'grid-beipo-1' }),
    );
    expect(set.scopeName).toBe('清溪县 / 南湖镇 / 北坡村 / 北坡村第一网格');
    expect(
      codeOf(
        await app.call(townAdmin.openid, 'area', 'setScope', { userId: grid.id, areaId: 'area-county' }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await app.call(townAdmin.openid, 'area', 'setScope', { userId: resident.id, areaId: 'grid-beipo-1' }),
      ),
    ).toBe('BAD_REQUEST');
    expect(
      codeOf(await app.call(grid.openid, 'area', 'setScope', { userId: grid.id, areaId: 'area-county' })),
    ).toBe('FORBIDDEN');
  });
});
