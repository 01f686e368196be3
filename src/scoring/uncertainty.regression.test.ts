import { afterEach, describe, expect, it } from "vitest";
import { digest, exactDigest, uncertaintyCases } from "./_uncertaintyCases";
import { setMeanKernel } from "./_blockedMean";
import { columnLayout } from "./_uncertaintyLayout";

/**
 * Digests of the whole result of each case (every unit, sensitivity index and kept run, each
 * number by its bits) as the implementation before the two-pass column permutation and the
 * per-unit summaries in input order gave them (commit 9ed9833, 0.1.0 + the audit work),
 * computed by running `_uncertaintyCases.ts` there. Three cases end in an error (its code is
 * digested): two too-small tables for a random exclusion with levels, and the one-unit table.
 */
const BEFORE: Readonly<Record<string, string>> = {
  "n=2 full plain default": "d4d8da4a5a9e1c7c",
  "n=2 full plain plain": "4015a2340aacb1b8",
  "n=2 full plain noise, indicators": "8b293e648e166255",
  "n=2 full plain normalisations": "a3c89cfe5595c789",
  "n=2 full plain aggregations": "c61ce0932b2480c8",
  "n=2 full plain imputation, outliers": "90091b9284eb9cab",
  "n=2 full plain exclusion random, levels": "95018ff27015ec2d",
  "n=2 full plain exclusion list, keepRuns": "3fc3ceadb915cddf",
  "n=2 full typed default": "2552fdc99fffc9fe",
  "n=2 full typed plain": "014560906a66e776",
  "n=2 full typed noise, indicators": "3668c3b7d65d7999",
  "n=2 full typed normalisations": "86debab981b94384",
  "n=2 full typed aggregations": "3cac35e1a89e67e2",
  "n=2 full typed imputation, outliers": "8db0902bdd2f907d",
  "n=2 full typed exclusion random, levels": "deb0d2a3030144d6",
  "n=2 full typed exclusion list, keepRuns": "f04f89e62d7c4b81",
  "n=2 gaps plain default": "66a8c33104fe31e7",
  "n=2 gaps plain plain": "ff90047106cdf75b",
  "n=2 gaps plain noise, indicators": "a3b62839aa720c2e",
  "n=2 gaps plain normalisations": "5f13702f18d8ade2",
  "n=2 gaps plain aggregations": "f378508e90b73e87",
  "n=2 gaps plain imputation, outliers": "6e73f76730c1502b",
  "n=2 gaps plain exclusion random, levels": "f1e8c1bd8aeab762",
  "n=2 gaps plain exclusion list, keepRuns": "d9df32dcfe4a2c17",
  "n=2 gaps typed default": "0cdd00be4069d6a1",
  "n=2 gaps typed plain": "7c14ef85dd239309",
  "n=2 gaps typed noise, indicators": "9cce26bba30b1b87",
  "n=2 gaps typed normalisations": "728a7896bd7a78a7",
  "n=2 gaps typed aggregations": "46020311b8a9971b",
  "n=2 gaps typed imputation, outliers": "faeff8db5116be05",
  "n=2 gaps typed exclusion random, levels": "deb0d2a3030144d6",
  "n=2 gaps typed exclusion list, keepRuns": "2d37c5d741e65824",
  "n=3 full plain default": "cbec9dc6e4006724",
  "n=3 full plain plain": "395262933f83279a",
  "n=3 full plain noise, indicators": "3c71513858d7d7f9",
  "n=3 full plain normalisations": "edf7b9bfd241cfd6",
  "n=3 full plain aggregations": "7ca617515ea571ea",
  "n=3 full plain imputation, outliers": "e868812e60229998",
  "n=3 full plain exclusion random, levels": "e1ac274047876f85",
  "n=3 full plain exclusion list, keepRuns": "2c73b44ec9ebf877",
  "n=3 full typed default": "0f6c9630d93bd92d",
  "n=3 full typed plain": "503570f37f84b808",
  "n=3 full typed noise, indicators": "276e1823efa98495",
  "n=3 full typed normalisations": "c03d9e3017e04c0f",
  "n=3 full typed aggregations": "ecc142aa3ec931c7",
  "n=3 full typed imputation, outliers": "dc08152779189b47",
  "n=3 full typed exclusion random, levels": "6f61be4a45ac4965",
  "n=3 full typed exclusion list, keepRuns": "7c6cc4c61ef9ce00",
  "n=3 gaps plain default": "f9992b76b00b4c32",
  "n=3 gaps plain plain": "f037ac8ac4fee315",
  "n=3 gaps plain noise, indicators": "4b36264a3a7abef4",
  "n=3 gaps plain normalisations": "ba9edc73b29db121",
  "n=3 gaps plain aggregations": "3aae8b1363f904b0",
  "n=3 gaps plain imputation, outliers": "ff499001edae63c9",
  "n=3 gaps plain exclusion random, levels": "789e2bf634a13a4d",
  "n=3 gaps plain exclusion list, keepRuns": "53eedc8846b58e1a",
  "n=3 gaps typed default": "150429061c047637",
  "n=3 gaps typed plain": "c32229fa02773b0e",
  "n=3 gaps typed noise, indicators": "0999a5492636d782",
  "n=3 gaps typed normalisations": "e12385e6b77413a0",
  "n=3 gaps typed aggregations": "91626b94a102e9de",
  "n=3 gaps typed imputation, outliers": "5b774c4afff06069",
  "n=3 gaps typed exclusion random, levels": "1c471872233d6ae1",
  "n=3 gaps typed exclusion list, keepRuns": "bcebe1aa3c1e8887",
  "n=7 full plain default": "f7cea59564423525",
  "n=7 full plain plain": "10a285f879cf8335",
  "n=7 full plain noise, indicators": "9c202d326b918aef",
  "n=7 full plain normalisations": "200e801dbc745f73",
  "n=7 full plain aggregations": "6289ef5ff40c2968",
  "n=7 full plain imputation, outliers": "f77795f2f54ff123",
  "n=7 full plain exclusion random, levels": "5fbca64ebd207039",
  "n=7 full plain exclusion list, keepRuns": "47d8ae080b2a769a",
  "n=7 full typed default": "a4b75af678036b2a",
  "n=7 full typed plain": "3e786a65e6d41d5e",
  "n=7 full typed noise, indicators": "2ebdd96f22cedc99",
  "n=7 full typed normalisations": "8a6ced931b9c3a73",
  "n=7 full typed aggregations": "9ceb2cc7618fa6a8",
  "n=7 full typed imputation, outliers": "02ed4f48ad8577c0",
  "n=7 full typed exclusion random, levels": "f3f07e68c1f9538e",
  "n=7 full typed exclusion list, keepRuns": "2f7495c0aba41cc5",
  "n=7 gaps plain default": "17c2f0548bbea86e",
  "n=7 gaps plain plain": "5ca1fea75a359028",
  "n=7 gaps plain noise, indicators": "dbaf3d9a271f23e0",
  "n=7 gaps plain normalisations": "538bd8f37de71977",
  "n=7 gaps plain aggregations": "db23a1d97c01df1a",
  "n=7 gaps plain imputation, outliers": "df34a7ee85ca6690",
  "n=7 gaps plain exclusion random, levels": "2cd87f073aa11fe2",
  "n=7 gaps plain exclusion list, keepRuns": "f70d851b19c4c36d",
  "n=7 gaps typed default": "79bd98521e196ab1",
  "n=7 gaps typed plain": "d056f37d7383e37a",
  "n=7 gaps typed noise, indicators": "94145b68f9a4367c",
  "n=7 gaps typed normalisations": "6ddeeb53522ea67d",
  "n=7 gaps typed aggregations": "d4d1a85dde41decb",
  "n=7 gaps typed imputation, outliers": "95df15b2d65518e5",
  "n=7 gaps typed exclusion random, levels": "524accd3786fc34c",
  "n=7 gaps typed exclusion list, keepRuns": "d2fa6f7414116c6c",
  "n=60 full plain default": "81911dc7c20787d5",
  "n=60 full plain plain": "e6992828c3e9d3c9",
  "n=60 full plain noise, indicators": "f00b5ac4995ad8b1",
  "n=60 full plain normalisations": "4c7ec16f97894d0a",
  "n=60 full plain aggregations": "8a6c3d8b36e060ea",
  "n=60 full plain imputation, outliers": "ae70ed8db9a810ab",
  "n=60 full plain exclusion random, levels": "88f7bf0723958a04",
  "n=60 full plain exclusion list, keepRuns": "3db5c5ec29aa19cb",
  "n=60 full typed default": "b9f7ce68b07f4507",
  "n=60 full typed plain": "17baa99d2ed4bec0",
  "n=60 full typed noise, indicators": "20ff2c7dd630d207",
  "n=60 full typed normalisations": "1096d52b43d9ecbb",
  "n=60 full typed aggregations": "fcca1cf02b355c4d",
  "n=60 full typed imputation, outliers": "bbab4f3791cd9c8b",
  "n=60 full typed exclusion random, levels": "df7965c8fbe3f6f1",
  "n=60 full typed exclusion list, keepRuns": "fcc0a574632a1edc",
  "n=60 gaps plain default": "68c39b3a5e0b0087",
  "n=60 gaps plain plain": "49d6717f358ed053",
  "n=60 gaps plain noise, indicators": "f7150f4f515d1e01",
  "n=60 gaps plain normalisations": "3b4d1a78caadbeb9",
  "n=60 gaps plain aggregations": "997629971491bbef",
  "n=60 gaps plain imputation, outliers": "d4351dec6381b723",
  "n=60 gaps plain exclusion random, levels": "c9be1e4a994ad895",
  "n=60 gaps plain exclusion list, keepRuns": "a1473150d6a860bf",
  "n=60 gaps typed default": "1b6de7a82247b7b4",
  "n=60 gaps typed plain": "2a0068752676c1d8",
  "n=60 gaps typed noise, indicators": "93fa1919d4c69cc3",
  "n=60 gaps typed normalisations": "88357c10aef4fd2d",
  "n=60 gaps typed aggregations": "b13f3d14a2ddf1c0",
  "n=60 gaps typed imputation, outliers": "616ce824abdfd827",
  "n=60 gaps typed exclusion random, levels": "2e265a00357d7426",
  "n=60 gaps typed exclusion list, keepRuns": "40610c7f79291e75",
  "n=333 full plain default": "98b93f71a71194bf",
  "n=333 full plain plain": "321c2aa543ba21d7",
  "n=333 full plain noise, indicators": "4a7e15601cf05083",
  "n=333 full plain normalisations": "f9a1226b53d2310f",
  "n=333 full plain aggregations": "15fe032810a5ecc0",
  "n=333 full plain imputation, outliers": "8f35d708a08feb35",
  "n=333 full plain exclusion random, levels": "e0e3e6b95dfc748e",
  "n=333 full plain exclusion list, keepRuns": "ae6a5aeac31e0276",
  "n=333 full typed default": "6b4b72512c9db66d",
  "n=333 full typed plain": "d01242fea4e81056",
  "n=333 full typed noise, indicators": "c93d170d11d8cd71",
  "n=333 full typed normalisations": "8d2b36f51014852a",
  "n=333 full typed aggregations": "3bef1d55219e9b74",
  "n=333 full typed imputation, outliers": "f6e7300edd5c1a42",
  "n=333 full typed exclusion random, levels": "503a9af60824fced",
  "n=333 full typed exclusion list, keepRuns": "392689923626fa63",
  "n=333 gaps plain default": "145e6a69cfccf8a1",
  "n=333 gaps plain plain": "bb985e56108df268",
  "n=333 gaps plain noise, indicators": "dedcc64a509671f3",
  "n=333 gaps plain normalisations": "1646fd63f28c5547",
  "n=333 gaps plain aggregations": "ff13d3636acd414f",
  "n=333 gaps plain imputation, outliers": "36f712425edaf5c9",
  "n=333 gaps plain exclusion random, levels": "b984dedf97ad2985",
  "n=333 gaps plain exclusion list, keepRuns": "981aaf7d1654e846",
  "n=333 gaps typed default": "06bb96355d7160e3",
  "n=333 gaps typed plain": "b0e61420870a02b4",
  "n=333 gaps typed noise, indicators": "018f5c2f79c6faf0",
  "n=333 gaps typed normalisations": "ba368c13be22bc6a",
  "n=333 gaps typed aggregations": "ada3cfe38ee9156b",
  "n=333 gaps typed imputation, outliers": "68f7e2b007fd19fe",
  "n=333 gaps typed exclusion random, levels": "e4da6167461c56c6",
  "n=333 gaps typed exclusion list, keepRuns": "1267dc0646cca4c3",
  "150,000 units, a column with gaps, levels": "d92adf7ef7cc4bea",
  "1 unit": "99f375d0f3e3d92e",
};

describe("uncertainty: results identical to the previous implementation", () => {
  const cases = uncertaintyCases();
  it("has a recorded digest for every case", () => {
    expect(cases.map((c) => c.name).sort()).toEqual(Object.keys(BEFORE).sort());
  });
  it.each(cases.map((c) => [c.name, c] as const))("%s", (name, c) => {
    expect(digest(c)).toBe(BEFORE[name]);
  });
  it("the digest tells −0 from 0, NaN from null, a key from another and the last bit of a number", () => {
    expect(exactDigest([-0])).not.toBe(exactDigest([0]));
    expect(exactDigest([Number.NaN])).not.toBe(exactDigest([null]));
    expect(exactDigest({ a: 1 })).not.toBe(exactDigest({ b: 1 }));
    expect(exactDigest([1])).not.toBe(exactDigest([1 + Number.EPSILON]));
    expect(exactDigest(Float32Array.of(1.5))).not.toBe(exactDigest([1.5]));
    expect(exactDigest({ a: [1, 2] })).toBe(exactDigest({ a: [1, 2] }));
  });
});

// Both layouts of the normalised columns (in input order, min-max ones made block by block
// from the raw columns, with each run's scores put into the nominal order; or every column put
// into the nominal order once), whichever "auto" would pick for the case, and the scalar means
// (an engine without WebAssembly SIMD) instead of the kernel give the same bits.
describe.each([
  ["input", "auto"],
  ["nominal", "auto"],
  ["input", "js"],
  ["nominal", "js"],
] as const)("uncertainty: the same results with the columns in %s order, %s means", (mode, kernel) => {
  afterEach(() => {
    columnLayout.mode = "auto";
    setMeanKernel("auto");
  });
  it.each(uncertaintyCases().map((c) => [c.name, c] as const))("%s", (name, c) => {
    columnLayout.mode = mode;
    setMeanKernel(kernel);
    expect(digest(c)).toBe(BEFORE[name]);
  });
});
