package extract

// textModelWeights is written by TestTrainTextModel (READWELL_TEXT_CV=1 go test -run
// TestTrainTextModel -train-text ./app/extract); do not edit.
var textModelWeights = [textFeatureCount]float64{-3.9211, -0.1690, 1.4645, -0.4140, -0.0477, 0.2629, 1.2655, -0.9676, 0.2210, -0.0460, -1.2166, -1.2949, 0.9092, 1.8308, -1.0029, 0.0004, 0.5123, 1.3614, 0.5430, 0.3350, 0.0690, 1.6582, -2.0581, -2.2804, -2.7104, -1.9440, -1.8631, -0.9151, 0.9873, 1.1576, 1.3566}
