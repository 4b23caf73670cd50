import { attachmentDisposition, downloadFileName, kindClaimedByName, MAX_EVIDENCE_FILE_NAME_LENGTH, nameContradicts, sanitiseFileName } from './evidence-file-name';

describe('sanitiseFileName', () => {
  it.each<[string, string | null | undefined, string | null]>([
    ['a plain name', 'anh-hang-vo.jpg', 'anh-hang-vo.jpg'],
    ['a Vietnamese name, composed (NFC)', 'A\u0309nh ha\u0300ng vo\u031b\u0303.jpg', '\u1EA2nh h\u00E0ng v\u1EE1.jpg'],
    ['a Unix path', '/home/lan/Pictures/box.png', 'box.png'],
    ['a Windows path', 'C:\\Users\\lan\\box.png', 'box.png'],
    ['a right-to-left override', 'invoice\u202Egpj.exe', 'invoicegpj.exe'],
    ['zero-width and control characters', 'bi\u200Bll\u0000\u0007.pdf', 'bill.pdf'],
    ['reserved characters', 'a<b>:c"d|e?f*.png', 'a_b__c_d_e_f_.png'],
    ['runs of whitespace and newlines', '  my \t\n photo .png ', 'my photo .png'],
    ['leading dots', '...hidden.png', 'hidden.png'],
    ['nothing left', ' \u202E ', null],
    ['an empty name', '', null],
    ['no name', undefined, null],
    ['null', null, null],
  ])('%s', (_name, raw, expected) => {
    expect(sanitiseFileName(raw)).toBe(expected);
  });

  it('cuts a long name to 200 characters, keeping its extension', () => {
    const name = sanitiseFileName(`${'ả'.repeat(300)}.jpeg`) as string;
    expect([...name]).toHaveLength(MAX_EVIDENCE_FILE_NAME_LENGTH);
    expect(name.endsWith('ả.jpeg')).toBe(true);
  });

  it('cuts a long name without a short extension at 200 characters', () => {
    expect(sanitiseFileName('x'.repeat(250))).toBe('x'.repeat(200));
  });
});

describe('kindClaimedByName and nameContradicts', () => {
  it.each<[string | null, string | null]>([
    ['photo.PNG', 'IMAGE'],
    ['photo.jpeg', 'IMAGE'],
    ['IMG_0001.HEIC', 'IMAGE'],
    ['bill.pdf', 'PDF'],
    ['clip.MOV', 'VIDEO'],
    ['clip.webm', 'VIDEO'],
    ['setup.exe', null],
    ['notes.txt', null],
    ['no-extension', null],
    [null, null],
  ])('%s claims %s', (name, kind) => {
    expect(kindClaimedByName(name)).toBe(kind);
  });

  it('refuses a name claiming another kind than the bytes, and tolerates another type of the same kind', () => {
    expect(nameContradicts('photo.png', 'PDF')).toBe(true);
    expect(nameContradicts('photo.jpg', 'VIDEO')).toBe(true);
    expect(nameContradicts('clip.mp4', 'IMAGE')).toBe(true);
    expect(nameContradicts('photo.png', 'IMAGE')).toBe(false);
    expect(nameContradicts('evidence.bin', 'PDF')).toBe(false);
    expect(nameContradicts(null, 'VIDEO')).toBe(false);
  });
});

describe('downloadFileName', () => {
  it('keeps a name whose extension fits the detected type', () => {
    expect(downloadFileName('Ảnh.JPG', 'image/jpeg', 'evidence-1')).toBe('Ảnh.JPG');
    expect(downloadFileName('scan.heif', 'image/heic', 'evidence-1')).toBe('scan.heif');
  });

  it('adds the detected type’s extension to a name that lacks it', () => {
    expect(downloadFileName('photo.png', 'image/jpeg', 'evidence-1')).toBe('photo.png.jpg');
    expect(downloadFileName('receipt', 'application/pdf', 'evidence-1')).toBe('receipt.pdf');
    expect(downloadFileName('clip.mp4', 'video/quicktime', 'evidence-1')).toBe('clip.mp4.mov');
  });

  it('names a file without a name after its evidence', () => {
    expect(downloadFileName(null, 'video/webm', 'evidence-42')).toBe('evidence-42.webm');
  });
});

describe('attachmentDisposition', () => {
  it('gives an ASCII fallback without Vietnamese marks and the exact name in UTF-8', () => {
    expect(attachmentDisposition('Ảnh hàng vỡ - Đơn 1.jpg')).toBe(
      `attachment; filename="Anh hang vo - Don 1.jpg"; filename*=UTF-8''${encodeURIComponent('Ảnh hàng vỡ - Đơn 1.jpg')}`,
    );
  });

  it('never lets quotes, backslashes or other characters break the header', () => {
    expect(attachmentDisposition(`it's "x"\\(1)*%.pdf`)).toBe(`attachment; filename="it's _x__(1)*_.pdf"; filename*=UTF-8''it%27s%20%22x%22%5C%281%29%2A%25.pdf`);
    expect(attachmentDisposition('收据.pdf')).toBe(`attachment; filename="__.pdf"; filename*=UTF-8''%E6%94%B6%E6%8D%AE.pdf`);
  });
});
