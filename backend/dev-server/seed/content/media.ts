/**
 * The demo pictures the seed points at, drawn for this project by scripts/demo-media.ts (no stock
 * photos) and served by the emulator under /files/demo/: one building per hospital, six neutral
 * doctor avatars taken in turn, one cover per health column, two first-aid videos.
 */
export const HOSPITAL_PHOTOS = [
  { id: 'h-zzcentral', name: '郑州康宁医院', storeys: 9, sky: '#bcdaf5' },
  { id: 'h-xinyang-county', name: '光山县康宁医院', storeys: 5, sky: '#c9e4d4' },
];

export const AVATAR_COUNT = 6;

export const COLUMN_COVERS = [
  { columnId: 'col-chronic', name: '慢病管理', colour: '#fde8e8', motif: 'heart' },
  { columnId: 'col-mother-child', name: '母婴健康', colour: '#e3f0fc', motif: 'baby' },
  { columnId: 'col-first-aid', name: '急救常识', colour: '#fff1e0', motif: 'aid' },
  { columnId: 'col-healthy-life', name: '健康生活', colour: '#e6f4e6', motif: 'leaf' },
  { columnId: 'col-elderly', name: '老年健康', colour: '#efe9f8', motif: 'cane' },
  { columnId: 'col-xy-chronic', name: '慢病随访', colour: '#fde8e8', motif: 'heart' },
  { columnId: 'col-xy-family', name: '家庭健康', colour: '#e3f0fc', motif: 'baby' },
  { columnId: 'col-xy-season', name: '农时防病', colour: '#f2f7e1', motif: 'sprout' },
];

export const hospitalPhoto = (hospitalId: string): string => `/files/demo/hospitals/${hospitalId}.png`;
/** The avatar of the n-th doctor (0-based), in turn. */
export const doctorAvatar = (n: number): string => `/files/demo/doctors/avatar-${(n % AVATAR_COUNT) + 1}.png`;
export const columnCover = (columnId: string): string => `/files/demo/articles/${columnId}.png`;
