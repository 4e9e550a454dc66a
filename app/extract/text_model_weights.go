package extract

// textModelWeights is written by TestTrainTextModel (READWELL_TEXT_CV=1 go test -run
// TestTrainTextModel -train-text ./app/extract); do not edit.
var textModelWeights = [textFeatureCount]float64{-2.3841, 0.8690, 0.9634, -0.6801, -0.3595, 0.1126, 0.4998, -0.1591, 0.6910, 0.1487, -1.0133, -0.4617, 0.3186, 0.6466, -0.3424, -0.0009, 0.3668, -0.2017, 0.6253, -0.1589, 0.4991, 1.4781, -0.3917, -1.4556, -1.2979, -1.5589, -0.5723, -0.7388, 0.6110, 1.1006, 1.3124}
