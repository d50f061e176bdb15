import { Text, View } from '@tarojs/components';
import { useCallback, useEffect, useState } from 'react';
import { gridEventApi } from '@/services/gridevent';
import { readingHere } from '@/services/location';

/** Where a report is, as the report sends it. */
export interface Located {
  point: { lng: number; lat: number };
  coordinate: 'gcj02' | 'wgs84';
  accuracy?: number;
}

interface Props {
  value: Located | undefined;
  onChange: (located: Located) => void;
  error?: string;
}

/**
 * Where the report is: the phone's location taken when the page opens, the grid it falls in, and 重新定位
 * for a better fix. Offline the point is still kept; the grid is found when the report is sent.
 */
export function PlaceRow({ value, onChange, error }: Props) {
  const [place, setPlace] = useState('正在定位…');
  const locate = useCallback(async () => {
    setPlace('正在定位…');
    try {
      const { system, reading } = await readingHere();
      const here: Located = {
        point: { lng: reading.lng, lat: reading.lat },
        coordinate: system,
        accuracy: reading.accuracy,
      };
      onChange(here);
      // A browser's WGS-84 reading is converted by the report itself; here it is shown as close enough.
      const { path } = await gridEventApi.locate(here.point).catch(() => ({ path: [] }));
      const last = path[path.length - 1];
      setPlace(last ? last.fullName : '已定位（联网后确定所在网格）');
    } catch {
      setPlace('没有拿到位置，请打开手机定位后点“重新定位”');
    }
  }, [onChange]);
  useEffect(() => {
    void locate();
  }, [locate]);
  return (
    <View className="gplace">
      <Text className="gplace__name">{place}</Text>
      {value && (
        <Text className="muted">
          经度 {value.point.lng.toFixed(5)}，纬度 {value.point.lat.toFixed(5)}
          {value.accuracy ? `，误差约${Math.round(value.accuracy)}米` : ''}
        </Text>
      )}
      <Text className="gplace__again" onClick={locate}>
        重新定位
      </Text>
      {error && <Text className="error-text">{error}</Text>}
    </View>
  );
}
