export interface Queue {
  id: string;
  name: string;
  isDefault: boolean;
  archived: boolean;
  activeCount: number;
}
