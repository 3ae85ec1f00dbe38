/** The only place personal data is masked (PIPL): callers get these forms unless entitled to more. */

/** 13812345678 → 138****5678. */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  return phone.length >= 7 ? `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}` : '*'.repeat(phone.length);
}

/** 513426199001011234 → 5134**********1234; an ID number is never returned whole. */
export function maskIdNumber(idNumber: string | null | undefined): string | null {
  if (!idNumber) return null;
  return idNumber.length > 8
    ? `${idNumber.slice(0, 4)}${'*'.repeat(idNumber.length - 8)}${idNumber.slice(-4)}`
    : '*'.repeat(idNumber.length);
}

/** 王小明 → 王**: a person's name keeps its first character (the surname, mostly). */
export function maskName(name: string | null | undefined): string | null {
  if (!name) return null;
  const characters = [...name];
  return characters.length > 1 ? `${characters[0]}${'*'.repeat(characters.length - 1)}` : '*';
}

/** 会东街道政通路社区3组12号 → 会东街道政通路社区*组**号: the place stays, group and house numbers go. */
export function maskAddress(address: string | null | undefined): string | null {
  if (!address) return null;
  return address.replace(/[0-9０-９]/g, '*');
}
