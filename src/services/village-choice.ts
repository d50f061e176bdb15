/**
 * The village chosen on the picker page (package-info/pages/village), handed back to the profile form that
 * opened it through Taro's event centre: the tree picker lives in a subpackage, out of the main package.
 */
export const villageChosenEvent = 'profile:village-chosen';

export interface ChosenVillage {
  id: string;
  name: string;
}

export const villagePickerUrl = '/package-info/pages/village/index';
